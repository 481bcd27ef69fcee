// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.core;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.model.spec.ContractField;
import dev.baton.model.spec.DataContract;
import dev.baton.model.spec.FieldType;
import java.util.List;
import java.util.Map;

/**
 * Checks a result against a {@link DataContract}. Results are JSON objects or {@code Map}s (from Java agents);
 * anything else breaks a contract that has fields. Returns null when the result conforms, else the reason.
 */
final class ContractCheck {
    private ContractCheck() {}

    static String violation(DataContract contract, Object result) {
        List<ContractField> fields = contract.fields();
        if (fields.isEmpty()) {
            return null;
        }
        if (result instanceof JsonNode) {
            JsonNode json = (JsonNode) result;
            if (!json.isObject()) {
                return "result must be a JSON object with fields " + names(fields) + ", but was "
                        + json.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
            }
            for (ContractField f : fields) {
                JsonNode value = json.get(f.name());
                if (value == null || value.isNull()) {
                    if (f.required()) {
                        return "missing required field '" + f.name() + "'";
                    }
                } else if (!matches(f.type(), value)) {
                    return "field '" + f.name() + "' must be " + f.type().jsonName() + ", but was "
                            + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
                }
            }
            return null;
        }
        if (result instanceof Map) {
            Map<?, ?> map = (Map<?, ?>) result;
            for (ContractField f : fields) {
                if (f.required() && map.get(f.name()) == null) {
                    return "missing required field '" + f.name() + "'";
                }
            }
            return null;
        }
        return "result must be an object with fields " + names(fields) + ", but was "
                + (result == null ? "empty" : result.getClass().getSimpleName());
    }

    private static boolean matches(FieldType type, JsonNode v) {
        switch (type) {
            case STRING: return v.isTextual();
            case NUMBER: return v.isNumber();
            case INTEGER: return v.isIntegralNumber();
            case BOOLEAN: return v.isBoolean();
            case OBJECT: return v.isObject();
            case ARRAY: return v.isArray();
            case ANY: return true;
            default: throw new AssertionError("unhandled " + type);
        }
    }

    private static String names(List<ContractField> fields) {
        StringBuilder sb = new StringBuilder();
        for (ContractField f : fields) {
            sb.append(sb.length() == 0 ? "" : ", ").append(f.name());
        }
        return sb.toString();
    }
}
