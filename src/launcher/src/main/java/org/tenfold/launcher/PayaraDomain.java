package org.tenfold.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A Payara domain made afresh from the unpacked distribution's untouched domain1 at every start, so
 * no deployment or setting lingers from an earlier run; then configured from config/ as code:
 * {@code config/jvm-options} before the start, {@code config/domain.asadmin} once it is running.
 */
final class PayaraDomain {

    /** Every port in a pristine domain.xml; a domain with an offset moves them all. */
    private static final int[] PORTS = {4848, 8080, 8181, 3700, 3820, 3920, 8686, 5900, 4900, 7676, 6666, 9009};

    private final Path payaraHome;
    private final Path configDir;
    private final String name;
    private final int portOffset;
    private final Map<String, String> environment;
    private Preparation preparation = Preparation.NONE;
    private Path adminPasswordFile;

    /** What is done to a fresh domain before it first starts: domain.xml edited, files added to it. */
    interface Preparation {
        Preparation NONE = new Preparation() {
        };

        default String editDomainXml(String xml) {
            return xml;
        }

        default void addFiles(Path domainDir) throws IOException {
        }
    }

    PayaraDomain(Path payaraHome, Path configDir, String name, int portOffset, Map<String, String> environment) {
        this.payaraHome = payaraHome;
        this.configDir = configDir;
        this.name = name;
        this.portOffset = portOffset;
        this.environment = environment;
    }

    PayaraDomain prepareWith(Preparation p) {
        this.preparation = p;
        return this;
    }

    /** asadmin signs in with this password file (the domain's admin realm has a password). */
    PayaraDomain signInWith(Path passwordFile) {
        this.adminPasswordFile = passwordFile;
        return this;
    }

    String environmentValue(String key) {
        return environment.get(key);
    }

    int httpPort() {
        return 8080 + portOffset;
    }

    int httpsPort() {
        return 8181 + portOffset;
    }

    int adminPort() {
        return 4848 + portOffset;
    }

    private Path domainDir() {
        return payaraHome.resolve("glassfish/domains").resolve(name);
    }

    /** Copies the pristine domain, moves its ports, applies config/jvm-options and adds the JDBC driver. */
    void create(Path driverJar) throws IOException, InterruptedException {
        if (!Files.isDirectory(payaraHome.resolve("glassfish/domains/domain1"))) {
            throw new IllegalStateException("Payara is not unpacked at " + payaraHome + "; build with Maven first");
        }
        stopQuietly(); // one left running by an interrupted earlier run
        Path dir = domainDir();
        if (Files.exists(dir)) {
            Folders.delete(dir);
        }
        copyTree(payaraHome.resolve("glassfish/domains/domain1"), dir);
        Path domainXml = dir.resolve("config/domain.xml");
        String xml = Files.readString(domainXml, StandardCharsets.UTF_8);
        xml = moveToOffset(xml);
        xml = applyJvmOptions(xml, readLines(configDir.resolve("jvm-options")));
        xml = withoutProductBanner(xml);
        xml = preparation.editDomainXml(xml);
        Files.writeString(domainXml, xml, StandardCharsets.UTF_8);
        preparation.addFiles(dir);
        Files.copy(driverJar, dir.resolve("lib").resolve(driverJar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    }

    void start() throws IOException, InterruptedException {
        Log.step("Starting Payara domain '" + name + "' (HTTPS " + httpsPort() + ", HTTP " + httpPort()
                + ", admin 127.0.0.1:" + adminPort() + ")");
        asadmin(Duration.ofMinutes(4), "start-domain", name);
    }

    /** Runs config/domain.asadmin with its @{NAME} placeholders filled in. */
    void configure(Map<String, String> values) throws IOException, InterruptedException {
        String commands = Files.readString(configDir.resolve("domain.asadmin"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("@\\{([A-Z_]+)}").matcher(commands);
        StringBuilder filled = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("config/domain.asadmin uses @{" + m.group(1) + "}, which has no value");
            }
            m.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        m.appendTail(filled);
        Path file = domainDir().resolve("config/tenfold-setup.asadmin");
        Files.writeString(file, filled, StandardCharsets.UTF_8);
        Log.step("Configuring the domain from config/domain.asadmin");
        asadmin(Duration.ofMinutes(3), "--port", String.valueOf(adminPort()), "multimode", "--file", file.toString());
    }

    void deploy(Path ear) throws IOException, InterruptedException {
        Log.step("Deploying " + ear.getFileName());
        asadmin(Duration.ofMinutes(5), "--port", String.valueOf(adminPort()), "deploy", "--force=true",
                "--name", "tenfold", ear.toString());
    }

    void stop() throws IOException, InterruptedException {
        Log.step("Stopping Payara domain '" + name + "'");
        asadmin(Duration.ofMinutes(2), "stop-domain", "--kill=false", name);
    }

    void stopQuietly() {
        try {
            if (Files.isDirectory(domainDir())) {
                // killed by its process id: an earlier run's domain may have had another admin password
                run(Duration.ofMinutes(2), List.of("stop-domain", "--kill=true", name), true);
            }
        } catch (Exception e) {
            // nothing was running
        }
    }

    /** The running server's process, from the pid file Payara keeps in the domain. */
    Optional<ProcessHandle> process() {
        try {
            return ProcessHandle.of(Long.parseLong(Files.readString(domainDir().resolve("config/pid")).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    Path serverLog() {
        return domainDir().resolve("logs/server.log");
    }

    Path payaraHome() {
        return payaraHome;
    }

    String name() {
        return name;
    }

    Preparation preparation() {
        return preparation;
    }

    Map<String, String> environment() {
        return environment;
    }

    /** An asadmin command against this domain (signed in when a password file is set). */
    void asadmin(Duration timeout, String... args) throws IOException, InterruptedException {
        run(timeout, List.of(args), false);
    }

    private void run(Duration timeout, List<String> args, boolean quiet) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Sessions.SETSID);
        command.add(payaraHome.resolve("bin/asadmin").toString());
        if (adminPasswordFile != null) {
            command.addAll(List.of("--user", AdminAccess.USER, "--passwordfile", adminPasswordFile.toString()));
        }
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(environment);
        // asadmin writes ~/.gfclient; keep it inside the build folder
        pb.environment().put("AS_EXTRA_JAVA_OPTS", "-Duser.home=" + payaraHome.getParent().resolve("asadmin-home"));
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("asadmin " + args.get(0) + " took longer than " + timeout);
        }
        if (p.exitValue() != 0 && !quiet) {
            throw new IllegalStateException("asadmin " + String.join(" ", args) + " failed:\n" + output);
        }
    }

    private String moveToOffset(String xml) {
        if (portOffset == 0) {
            return xml;
        }
        String alternatives = java.util.Arrays.stream(PORTS).mapToObj(String::valueOf).collect(Collectors.joining("|"));
        Matcher m = Pattern.compile("(?<![0-9])(" + alternatives + ")(?![0-9])").matcher(xml);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, String.valueOf(Integer.parseInt(m.group(1)) + portOffset));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * No X-Powered-By or Server header on the application's listener, written into domain.xml before
     * the start. Set on a running server (asadmin set), each attribute restarts the listener, and two
     * restarts at once can leave it closed (server.log: "GrizzlyProxy is NULL") for the whole run.
     */
    static String withoutProductBanner(String xml) {
        // the server's own config comes first in domain.xml, before default-config
        int protocol = xml.indexOf("<protocol name=\"http-listener-1\">");
        int http = protocol < 0 ? -1 : xml.indexOf("<http ", protocol);
        if (http < 0 || xml.indexOf("</protocol>", protocol) < http) {
            throw new IllegalStateException("domain.xml has no <http> element for http-listener-1");
        }
        int at = http + "<http ".length();
        return xml.substring(0, at) + "xpowered-by=\"false\" server-header=\"false\" " + xml.substring(at);
    }

    /** Puts the options in place of the server's -Xmx line (the first java-config is the server's). */
    static String applyJvmOptions(String xml, List<String> options) {
        String anchor = "<jvm-options>-Xmx512m</jvm-options>";
        int at = xml.indexOf(anchor);
        if (at < 0) {
            throw new IllegalStateException("domain.xml has no " + anchor + " to replace");
        }
        String indent = "\n                ";
        String block = options.stream().map(o -> "<jvm-options>" + o.replace("&", "&amp;").replace("<", "&lt;")
                + "</jvm-options>").collect(Collectors.joining(indent));
        return xml.substring(0, at) + block + xml.substring(at + anchor.length());
    }

    private static List<String> readLines(Path file) throws IOException {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
