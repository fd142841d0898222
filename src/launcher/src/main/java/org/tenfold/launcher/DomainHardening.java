package org.tenfold.launcher;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * What a fresh domain needs before it first starts, so that nothing is ever open that should not be:
 * only the application's HTTP and HTTPS listeners on every interface; the admin listener, IIOP and
 * Hazelcast on loopback; JMX and the JMS broker off; the admin realm with this installation's
 * password; HTTPS with this installation's certificate (TLS 1.2 and 1.3 only); compressed text
 * responses; a worker pool sized for the machine. {@code config/admin-surface.asadmin} says how an
 * operator opens any of them deliberately.
 */
final class DomainHardening implements PayaraDomain.Preparation {

    static final String LOOPBACK = "127.0.0.1";
    /** Text worth compressing; images, fonts and PDFs are compressed already. */
    static final String COMPRESSED_TYPES = "text/html,text/xml,text/plain,text/css,text/javascript,text/calendar,"
            + "application/javascript,application/json,application/problem+json,application/xml,"
            + "application/xhtml+xml,image/svg+xml";

    private final AdminAccess admin;
    private final TlsCertificate certificate;
    private final int httpThreads;

    DomainHardening(AdminAccess admin, TlsCertificate certificate, int httpThreads) {
        this.admin = admin;
        this.certificate = certificate;
        this.httpThreads = httpThreads;
    }

    /**
     * Request threads: enough that waiting on the database never starves the server (Payara's default is
     * five), bounded so a flood cannot make thousands. {@code TENFOLD_HTTP_THREADS} overrides it.
     */
    static int httpThreads(String configured, int processors) {
        if (configured != null && !configured.isBlank()) {
            int n;
            try {
                n = Integer.parseInt(configured.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("TENFOLD_HTTP_THREADS is a whole number, not '" + configured + "'");
            }
            if (n < 4 || n > 1000) {
                throw new IllegalArgumentException("TENFOLD_HTTP_THREADS is between 4 and 1000, not " + n);
            }
            return n;
        }
        return Math.min(256, Math.max(32, 16 * processors));
    }

    @Override
    public String editDomainXml(String xml) {
        return harden(xml, httpThreads);
    }

    @Override
    public void addFiles(Path domainDir) throws IOException {
        Path config = domainDir.resolve("config");
        admin.writeKeyfile(config);
        try {
            certificate.installInto(config);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The HTTPS certificate could not be put into the domain's key store", e);
        }
    }

    static String harden(String xml, int httpThreads) {
        Document doc = parse(xml);
        Element server = serverConfig(doc);
        for (Element listener : children(server, "network-listener")) {
            if (listener.getAttribute("name").equals("admin-listener")) {
                listener.setAttribute("address", LOOPBACK);
            }
        }
        for (Element iiop : children(server, "iiop-listener")) {
            iiop.setAttribute("address", LOOPBACK);
            iiop.setAttribute("lazy-init", "true");
        }
        for (Element jmx : children(server, "jmx-connector")) {
            jmx.setAttribute("address", LOOPBACK);
            jmx.setAttribute("enabled", "false");
        }
        Element jms = children(server, "jms-service").stream().findFirst().orElseGet(() -> {
            Element created = doc.createElement("jms-service");
            created.setAttribute("default-jms-host", "default_JMS_host");
            Element host = doc.createElement("jms-host");
            host.setAttribute("name", "default_JMS_host");
            host.setAttribute("host", LOOPBACK);
            host.setAttribute("port", "${JMS_PROVIDER_PORT}");
            host.setAttribute("lazy-init", "true");
            created.appendChild(host);
            Node before = children(server, "network-config").get(0);
            server.insertBefore(created, before);
            return created;
        });
        jms.setAttribute("type", "DISABLED");
        for (Element hazelcast : children(doc.getDocumentElement(), "hazelcast-runtime-configuration")) {
            hazelcast.setAttribute("das-bind-address", LOOPBACK);
            hazelcast.setAttribute("interface", LOOPBACK);
        }
        for (Element protocol : children(server, "protocol")) {
            String name = protocol.getAttribute("name");
            if (name.equals("http-listener-1") || name.equals("http-listener-2")) {
                Element http = only(protocol, "http");
                http.setAttribute("xpowered-by", "false");
                http.setAttribute("server-header", "false");
                http.setAttribute("compression", "on");
                http.setAttribute("compressable-mime-type", COMPRESSED_TYPES);
                http.setAttribute("compression-min-size-bytes", "1024");
            }
            if (name.equals("http-listener-2")) {
                // Payara compresses HTTP/1.1 responses only: browsers then use HTTP/1.1 (with keep-alive), so the
                // 213 KB theme goes out as 22 KB instead of whole over HTTP/2
                only(protocol, "http").setAttribute("http2-enabled", "false");
                Element ssl = only(protocol, "ssl");
                ssl.setAttribute("cert-nickname", TlsCertificate.ALIAS);
                ssl.setAttribute("ssl3-enabled", "false");
                ssl.setAttribute("tls-enabled", "false");
                ssl.setAttribute("tls11-enabled", "false");
                ssl.setAttribute("tls12-enabled", "true");
                ssl.setAttribute("tls13-enabled", "true");
            }
        }
        boolean pool = false;
        for (Element threads : children(server, "thread-pool")) {
            if (threads.getAttribute("name").equals("http-thread-pool")) {
                threads.setAttribute("max-thread-pool-size", String.valueOf(httpThreads));
                threads.setAttribute("min-thread-pool-size", String.valueOf(Math.min(8, httpThreads)));
                pool = true;
            }
        }
        if (!pool) {
            throw new IllegalStateException("domain.xml has no http-thread-pool in server-config");
        }
        return write(doc);
    }

    private static Element serverConfig(Document doc) {
        for (Element config : children(doc.getDocumentElement(), "config")) {
            if (config.getAttribute("name").equals("server-config")) {
                return config;
            }
        }
        throw new IllegalStateException("domain.xml has no server-config");
    }

    private static Element only(Element parent, String tag) {
        NodeList found = parent.getElementsByTagName(tag);
        if (found.getLength() != 1) {
            throw new IllegalStateException("domain.xml: expected one <" + tag + "> in protocol "
                    + parent.getAttribute("name") + ", found " + found.getLength());
        }
        return (Element) found.item(0);
    }

    private static java.util.List<Element> children(Element parent, String tag) {
        NodeList found = parent.getElementsByTagName(tag);
        java.util.List<Element> list = new java.util.ArrayList<>();
        for (int i = 0; i < found.getLength(); i++) {
            list.add((Element) found.item(i));
        }
        return list;
    }

    private static Document parse(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new IllegalStateException("domain.xml could not be read", e);
        }
    }

    private static String write(Document doc) {
        try {
            StringWriter out = new StringWriter();
            var t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.transform(new DOMSource(doc), new StreamResult(out));
            return out.toString();
        } catch (Exception e) {
            throw new IllegalStateException("domain.xml could not be written", e);
        }
    }
}
