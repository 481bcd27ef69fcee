// SPDX-License-Identifier: Apache-2.0
/** The deterministic runtime core of Baton and the drivers that run it. */
package dev.baton.engine;
