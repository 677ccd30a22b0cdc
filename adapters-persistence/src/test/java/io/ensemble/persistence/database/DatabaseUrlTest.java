package io.ensemble.persistence.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DatabaseUrlTest {

    @Test
    void jdbc_url_is_kept_as_is_with_explicit_credentials() {
        DatabaseUrl url = DatabaseUrl.parse("jdbc:postgresql://db.internal:5433/ensemble?sslmode=require", "app", "s3cret");

        assertThat(url).isEqualTo(new DatabaseUrl("jdbc:postgresql://db.internal:5433/ensemble?sslmode=require", "app", "s3cret"));
    }

    @Test
    void jdbc_url_credentials_come_from_its_parameters_when_not_given() {
        DatabaseUrl url = DatabaseUrl.parse("jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres&password=p%40ss", null, " ");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres&password=p%40ss");
        assertThat(url.user()).isEqualTo("postgres");
        assertThat(url.password()).isEqualTo("p@ss");
    }

    @Test
    void jdbc_url_without_credentials_has_null_user_and_password() {
        DatabaseUrl url = DatabaseUrl.parse("jdbc:postgresql://localhost/app", "", null);

        assertThat(url.user()).isNull();
        assertThat(url.password()).isNull();
    }

    @Test
    void postgres_url_becomes_a_jdbc_url_with_credentials_taken_out() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://alice:wonder@db.example.com:6543/shop", null, null);

        assertThat(url).isEqualTo(new DatabaseUrl("jdbc:postgresql://db.example.com:6543/shop", "alice", "wonder"));
    }

    @Test
    void postgresql_scheme_is_accepted_too() {
        assertThat(DatabaseUrl.parse("postgresql://alice:wonder@db:5432/shop", null, null).jdbcUrl())
                .isEqualTo("jdbc:postgresql://db:5432/shop");
    }

    @Test
    void port_defaults_to_5432() {
        assertThat(DatabaseUrl.parse("postgres://alice:wonder@db.example.com/shop", null, null).jdbcUrl())
                .isEqualTo("jdbc:postgresql://db.example.com:5432/shop");
    }

    @Test
    void query_string_is_kept() {
        assertThat(DatabaseUrl.parse("postgres://u:p@h:1234/d?sslmode=require&application_name=ensemble", null, null).jdbcUrl())
                .isEqualTo("jdbc:postgresql://h:1234/d?sslmode=require&application_name=ensemble");
    }

    @Test
    void credentials_are_percent_decoded_and_plus_stays_a_plus() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://us%40er:p%3Ass%2Fw+rd%C3%A9@h/d", null, null);

        assertThat(url.user()).isEqualTo("us@er");
        assertThat(url.password()).isEqualTo("p:ss/w+rdé");
    }

    @Test
    void unencoded_at_sign_in_the_password_is_tolerated() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://u:p@ss@h/d", null, null);

        assertThat(url.password()).isEqualTo("p@ss");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://h:5432/d");
    }

    @Test
    void explicit_non_blank_credentials_win_over_the_url() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://alice:wonder@h/d", "bob", "builder");

        assertThat(url.user()).isEqualTo("bob");
        assertThat(url.password()).isEqualTo("builder");
    }

    @Test
    void blank_explicit_credentials_fall_back_to_the_url() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://alice:wonder@h/d", "  ", "");

        assertThat(url.user()).isEqualTo("alice");
        assertThat(url.password()).isEqualTo("wonder");
    }

    @Test
    void url_without_credentials_leaves_them_null() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://h:5432/d", null, null);

        assertThat(url.user()).isNull();
        assertThat(url.password()).isNull();
    }

    @Test
    void user_without_password_is_read() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://alice@h/d", null, null);

        assertThat(url.user()).isEqualTo("alice");
        assertThat(url.password()).isNull();
    }

    @Test
    void ipv6_and_multiple_hosts_get_default_ports() {
        assertThat(DatabaseUrl.parse("postgres://u:p@[::1]/d", null, null).jdbcUrl())
                .isEqualTo("jdbc:postgresql://[::1]:5432/d");
        assertThat(DatabaseUrl.parse("postgres://u:p@a:5433,b/d", null, null).jdbcUrl())
                .isEqualTo("jdbc:postgresql://a:5433,b:5432/d");
    }

    @Test
    void surrounding_whitespace_and_scheme_case_are_ignored() {
        assertThat(DatabaseUrl.parse("  POSTGRES://u:p@h/d  ", null, null).jdbcUrl()).isEqualTo("jdbc:postgresql://h:5432/d");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "mysql://u:p@h/d", "jdbc:mysql://h/d", "h:5432/d", "http://h/d"})
    void anything_else_is_rejected_with_a_clear_message(String raw) {
        assertThatThrownBy(() -> DatabaseUrl.parse(raw, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("postgres://user:password@host:port/db");
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgres://u:p@h", "postgres://u:p@h/", "postgres://u:p@/d", "postgres://u:p@h:port/d",
            "postgres://u:p@h:99999/d", "postgres://u:p%zz@h/d"})
    void malformed_postgres_urls_are_rejected(String raw) {
        assertThatThrownBy(() -> DatabaseUrl.parse(raw, null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void error_messages_and_to_string_never_show_the_password() {
        assertThatThrownBy(() -> DatabaseUrl.parse("postgres://u:hunter2@h", null, null))
                .hasMessageNotContaining("hunter2");
        assertThatThrownBy(() -> DatabaseUrl.parse("mysql://u:hunter2@h/d", null, null))
                .hasMessageNotContaining("hunter2");
        assertThat(DatabaseUrl.parse("postgres://u:hunter2@h/d", null, null).toString()).doesNotContain("hunter2");
        assertThat(DatabaseUrl.parse("jdbc:postgresql://h/d?password=hunter2", null, null).toString())
                .doesNotContain("hunter2");
    }

    @Test
    void with_database_switches_only_the_database() {
        DatabaseUrl admin = DatabaseUrl.parse("jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres", null, null);

        assertThat(admin.withDatabase("other"))
                .isEqualTo(new DatabaseUrl("jdbc:postgresql://127.0.0.1:5432/other?user=postgres", "postgres", null));
        assertThat(DatabaseUrl.parse("jdbc:postgresql://h", "u", "p").withDatabase("x").jdbcUrl())
                .isEqualTo("jdbc:postgresql://h/x");
        assertThat(DatabaseUrl.parse("jdbc:postgresql:postgres?ssl=true", "u", "p").withDatabase("x").jdbcUrl())
                .isEqualTo("jdbc:postgresql:x?ssl=true");
    }
}
