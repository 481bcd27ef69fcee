// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.validation;

/** How bad a structural finding is. Errors make a design invalid; warnings do not. */
public enum Severity {
    ERROR, WARNING
}
