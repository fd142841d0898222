package org.tenfold.bench.data;

import java.sql.Connection;
import java.sql.SQLException;
import java.nio.file.Path;
import java.util.Properties;
import org.tenfold.launcher.TestDatabases;

/**
 * The bench server's database: the launcher's embedded MariaDB on 127.0.0.1, reached as its root account
 * (counting a request's SQL statements turns the general log on, which needs SUPER) with the passwords
 * generated in the bench server's data folder. Only loopback is accepted, so the
 * generator can never be pointed at a real clinic's database by a typo.
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
        Path dataDir = TestDatabases.dataDir(Path.of(System.getProperty("tenfold.root", ".")).toAbsolutePath(),
                port - 3307);
        Properties credentials = new Properties();
        credentials.setProperty("user", TestDatabases.user(TestDatabases.Account.ROOT));
        credentials.setProperty("password", TestDatabases.password(dataDir, TestDatabases.Account.ROOT));
        // straight from the driver: under exec:java DriverManager may refuse a driver from another class loader
        Connection c = new com.mysql.cj.jdbc.Driver().connect(url, credentials);
        if (c == null) {
            throw new SQLException("Not a MySQL URL: " + url);
        }
        return c;
    }
}
