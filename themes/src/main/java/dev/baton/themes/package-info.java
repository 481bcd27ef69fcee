// SPDX-License-Identifier: Apache-2.0
/** The designer's themes. */
package dev.baton.themes;
