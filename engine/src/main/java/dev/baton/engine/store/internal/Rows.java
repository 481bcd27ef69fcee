// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.store.internal;

import static dev.baton.engine.store.internal.Columns.failure;

import dev.baton.engine.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The statement handling every repository shares: bind, execute, map rows, and turn a JDBC failure into a
 * {@link StoreException} that says what was being done.
 */
public final class Rows {
    private Rows() {}

    /** Sets a statement's parameters. */
    @FunctionalInterface
    public interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    /** Sets a statement's parameters from one item of a batch. */
    @FunctionalInterface
    public interface ItemBinder<T> {
        void bind(PreparedStatement ps, T item) throws SQLException;
    }

    /** Maps the current row. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** Runs a query and maps every row. */
    public static <T> List<T> list(Connection connection, String sql, Binder binder, RowReader<T> reader,
            String action) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> found = new ArrayList<>();
                while (rs.next()) {
                    found.add(reader.read(rs));
                }
                return found;
            }
        } catch (SQLException e) {
            throw failure(action, e);
        }
    }

    /** Runs an update and returns how many rows it changed. */
    public static int update(Connection connection, String sql, Binder binder, String action) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            binder.bind(ps);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw failure(action, e);
        }
    }

    /** Inserts one row and returns the id the database generated for it. */
    public static long insertReturningId(Connection connection, String sql, Binder binder, String action) {
        try (PreparedStatement ps = connection.prepareStatement(sql, new String[] {"ID"})) {
            binder.bind(ps);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new StoreException("the trace database returned no id when asked to " + action);
                }
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw failure(action, e);
        }
    }

    /** Inserts all items as one batch; nothing happens for an empty list. */
    public static <T> void insertBatch(Connection connection, String sql, List<T> items, ItemBinder<T> binder,
            String action) {
        if (items.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (T item : items) {
                binder.bind(ps, item);
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw failure(action, e);
        }
    }

    /** {@code INSERT INTO table (columns) VALUES (?, ?, ...)} with one marker per column. */
    public static String insertSql(String table, String columns) {
        int count = columns.split(",").length;
        return "INSERT INTO " + table + " (" + columns + ") VALUES (" + "?, ".repeat(count - 1) + "?)";
    }
}
