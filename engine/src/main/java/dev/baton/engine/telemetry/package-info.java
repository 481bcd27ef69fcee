// SPDX-License-Identifier: Apache-2.0
/**
 * OpenTelemetry export of stored runs: OTLP JSON written with Jackson (no SDK), to a file or an OTLP/HTTP collector,
 * with the GenAI span names and Baton's facts under {@code baton.*}.
 */
package dev.baton.engine.telemetry;
