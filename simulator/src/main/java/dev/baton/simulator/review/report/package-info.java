// SPDX-License-Identifier: Apache-2.0
/** Review reports: terminal text, Markdown, self-contained HTML, JSON and JUnit XML. */
package dev.baton.simulator.review.report;
