// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.store.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SqlScriptTest {

    @Test
    void splitsOnSemicolonsAndDropsComments() {
        assertThat(SqlScript.statements("-- header\nCREATE TABLE a (x INT); -- trailing\n\nCREATE TABLE b (y INT);\n"))
                .containsExactly("CREATE TABLE a (x INT)", "CREATE TABLE b (y INT)");
    }

    @Test
    void keepsSemicolonsAndDashesInsideStrings() {
        assertThat(SqlScript.statements("INSERT INTO t VALUES ('a;b -- c');"))
                .containsExactly("INSERT INTO t VALUES ('a;b -- c')");
    }

    @Test
    void unterminatedStringIsAnError() {
        assertThatThrownBy(() -> SqlScript.statements("INSERT INTO t VALUES ('oops);"))
                .hasMessageContaining("ends inside a quoted string");
    }

    @Test
    void migrationNameCarriesItsVersion() {
        Migration m = Migration.of("db/migration/V12__add_things.sql");
        assertThat(m.version()).isEqualTo(12);
        assertThat(m.description()).isEqualTo("add things");
        assertThatThrownBy(() -> Migration.of("db/migration/V1_missing_underscore.sql"))
                .hasMessageContaining("V<version>__<words>.sql");
    }
}
