// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.store.internal;

import dev.baton.engine.store.StoreException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Mapping between Java values and the store's column types: instants as UTC {@code TIMESTAMP WITH TIME ZONE},
 * durations as nanoseconds, optional values as SQL NULL.
 */
public final class Columns {
    private Columns() {}

    public static void setInstant(PreparedStatement ps, int index, Instant value) throws SQLException {
        ps.setObject(index, OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
    }

    public static void setInstant(PreparedStatement ps, int index, Optional<Instant> value) throws SQLException {
        if (value.isPresent()) {
            setInstant(ps, index, value.get());
        } else {
            ps.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        }
    }

    public static void setText(PreparedStatement ps, int index, Optional<String> value) throws SQLException {
        if (value.isPresent()) {
            ps.setString(index, value.get());
        } else {
            ps.setNull(index, Types.VARCHAR);
        }
    }

    public static void setLong(PreparedStatement ps, int index, OptionalLong value) throws SQLException {
        if (value.isPresent()) {
            ps.setLong(index, value.getAsLong());
        } else {
            ps.setNull(index, Types.BIGINT);
        }
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        return optionalInstant(rs, column).orElseThrow(
                () -> new StoreException("column " + column + " is NULL but the schema requires a value"));
    }

    public static Optional<Instant> optionalInstant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? Optional.empty() : Optional.of(value.toInstant());
    }

    public static Optional<String> optionalText(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getString(column));
    }

    public static OptionalLong optionalLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(value);
    }

    public static Duration nanos(ResultSet rs, String column) throws SQLException {
        return Duration.ofNanos(rs.getLong(column));
    }

    /** Wraps a JDBC failure with what was being done. */
    public static StoreException failure(String action, SQLException e) {
        return new StoreException("cannot " + action + " in the trace database: " + e.getMessage(), e);
    }
}
