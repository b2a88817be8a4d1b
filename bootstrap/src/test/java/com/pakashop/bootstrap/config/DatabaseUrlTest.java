package com.pakashop.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

    @Test
    void readsTheOperatorFormWithCredentials() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://shop:p%40ss@db.internal:6432/pakashop?sslmode=require").orElseThrow();

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal:6432/pakashop?sslmode=require");
        assertThat(url.user()).isEqualTo("shop");
        assertThat(url.password().reveal()).isEqualTo("p@ss");
        assertThat(url.shown()).doesNotContain("p@ss");
    }

    @Test
    void readsTheJdbcFormAndTakesCredentialsOutOfItsQuery() {
        DatabaseUrl url = DatabaseUrl.parse("jdbc:postgresql://127.0.0.1/pakashop?user=app&password=pw&ssl=true").orElseThrow();

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/pakashop?ssl=true");
        assertThat(url.user()).isEqualTo("app");
        assertThat(url.password().reveal()).isEqualTo("pw");
    }

    @Test
    void refusesOtherDatabasesAndUrlsWithoutADatabaseName() {
        assertThat(DatabaseUrl.parse("mysql://root@localhost/shop")).isEmpty();
        assertThat(DatabaseUrl.parse("postgresql://localhost:5432/")).isEmpty();
    }
}
