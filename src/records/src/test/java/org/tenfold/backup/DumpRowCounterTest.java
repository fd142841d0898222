package org.tenfold.backup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DumpRowCounterTest {

    @Test
    void countsTheRowsOfEachTableAsTheDumpToolWritesThem() throws IOException {
        String dump = """
                -- MariaDB dump 10.19  Distrib 11.4.5-MariaDB
                /*!40101 SET NAMES utf8mb4 */;
                DROP TABLE IF EXISTS `client`;
                CREATE TABLE `client` (
                  `id` bigint(20) NOT NULL AUTO_INCREMENT,
                  `name` varchar(100) DEFAULT '(none)',
                  PRIMARY KEY (`id`)
                ) ENGINE=InnoDB;
                LOCK TABLES `client` WRITE;
                INSERT INTO `client` VALUES (1,'Zoë (Đặng)'),(2,'it\\'s ),( not a row'),(3,NULL),(4,'back\\\\slash');
                INSERT INTO `client` VALUES (5,'five');
                UNLOCK TABLES;
                CREATE TABLE `empty_one` (
                  `id` int
                );
                CREATE TABLE `report` (`id` int, `pdf` longblob);
                INSERT INTO `report` VALUES (1,0x255044462D),(2,'line\\nbreak; INSERT INTO `client` VALUES (9)');
                -- INSERT INTO `client` VALUES (10) is only a comment
                CREATE TABLE `by_line` (`id` int, `note` text);
                INSERT INTO `by_line` VALUES
                (1,'first; not the end'),
                (2,'a (bracket'),
                (3,NULL);
                """;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DumpRowCounter counter = new DumpRowCounter(out);
        byte[] bytes = dump.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i += 7) { // in odd pieces, as a pipe delivers them
            counter.write(bytes, i, Math.min(7, bytes.length - i));
        }
        assertEquals(Map.of("client", 5L, "empty_one", 0L, "report", 2L, "by_line", 3L), counter.rows());
        assertArrayEquals(bytes, out.toByteArray());
    }
}
