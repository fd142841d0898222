package org.tenfold.launcher;

import java.util.Map;

/**
 * Where the application's database is. With {@code TENFOLD_DB_HOST} set it is an external MySQL
 * (production); otherwise the launcher starts an embedded MariaDB on 127.0.0.1.
 */
record DatabaseSettings(boolean embedded, String host, int port, String name, String user, String password,
        String sslMode) {

    static DatabaseSettings fromEnvironment(Map<String, String> env, int embeddedPort) {
        String host = env.get("TENFOLD_DB_HOST");
        boolean embedded = host == null || host.isBlank();
        return new DatabaseSettings(embedded,
                embedded ? "127.0.0.1" : host,
                Integer.parseInt(env.getOrDefault("TENFOLD_DB_PORT", embedded ? String.valueOf(embeddedPort) : "3306")),
                env.getOrDefault("TENFOLD_DB_NAME", "tenfold"),
                env.getOrDefault("TENFOLD_DB_USER", "tenfold"),
                // the embedded database's passwords are generated at its first start (EmbeddedCredentials)
                env.getOrDefault("TENFOLD_DB_PASSWORD", ""),
                env.getOrDefault("TENFOLD_DB_SSL_MODE", embedded ? "DISABLED" : "REQUIRED"));
    }

    /** The same database, reached as another account. */
    DatabaseSettings withAccount(String otherUser, String otherPassword) {
        return new DatabaseSettings(embedded, host, port, name, otherUser, otherPassword, sslMode);
    }

    String jdbcUrl() {
        return "jdbc:mysql://" + host + ":" + port + "/?sslMode=" + sslMode + "&connectionTimeZone=UTC"
                + "&allowPublicKeyRetrieval=" + embedded;
    }
}
