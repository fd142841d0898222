package org.tenfold.bench.data;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

/**
 * The bench server's database: the launcher's embedded MariaDB on 127.0.0.1, which runs without
 * grant tables (any password opens it). Only loopback is accepted, so the generator can never be
 * pointed at a real clinic's database by a typo.
 */
public record BenchDatabase(String host, int port, String name) {

    public BenchDatabase {
        if (!host.equals("127.0.0.1") && !host.equals("localhost")) {
            throw new IllegalArgumentException("The bench only writes to a local database, not " + host);
        }
    }

    public static BenchDatabase local(int port) {
        return new BenchDatabase("127.0.0.1", port, "tenfold");
    }

    /**
     * rewriteBatchedStatements turns a JDBC batch into multi-row INSERTs (one round trip per batch);
     * connectionTimeZone=UTC because DATETIME columns hold UTC instants.
     */
    public Connection connect() throws SQLException {
        String url = "jdbc:mysql://" + host + ":" + port + "/" + name + "?sslMode=DISABLED&connectionTimeZone=UTC"
                + "&characterEncoding=UTF-8&rewriteBatchedStatements=true&allowPublicKeyRetrieval=true";
        Properties credentials = new Properties();
        credentials.setProperty("user", "tenfold");
        credentials.setProperty("password", "embedded-dev-only");
        // straight from the driver: under exec:java DriverManager may refuse a driver from another class loader
        Connection c = new com.mysql.cj.jdbc.Driver().connect(url, credentials);
        if (c == null) {
            throw new SQLException("Not a MySQL URL: " + url);
        }
        return c;
    }
}
