package org.tenfold.it.arquillian;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.context.annotation.DeploymentScoped;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Each archive is deployed once per test run. Every test class still declares its {@code @Deployment}
 * (the real EAR, {@code TestServer.ear()}), and Arquillian still deploys the first one as it always does;
 * a later class whose archive has the same name on the same container finds it deployed: its deployment
 * context gets that deployment's protocol metadata and nothing is sent to the server. Undeploying after a
 * class is skipped for such archives; each is undeployed once, when its container stops at the end of the
 * run. An archive with a name not seen before is deployed as usual.
 *
 * <p>Runs inside Arquillian's own deployment-context interceptor (a lower precedence), so the deployment
 * context of the class is active when it fills it in.
 */
public class OncePerRunDeployments {

    private static final Logger LOG = Logger.getLogger(OncePerRunDeployments.class.getName());

    /** What a container holds for the whole run, by container and archive name. */
    private record Held(DeployableContainer<?> container, Archive<?> archive, ProtocolMetaData metaData) {
    }

    private final Map<String, Held> held = new LinkedHashMap<>();

    @Inject
    @DeploymentScoped
    private InstanceProducer<DeploymentDescription> description;

    @Inject
    @DeploymentScoped
    private InstanceProducer<Deployment> deployment;

    @Inject
    @DeploymentScoped
    private InstanceProducer<ProtocolMetaData> protocolMetaData;

    public void deploy(@Observes(precedence = -10) EventContext<DeployDeployment> context) {
        DeployDeployment event = context.getEvent();
        Deployment wanted = event.getDeployment();
        if (!wanted.getDescription().isArchiveDeployment()) {
            context.proceed();
            return;
        }
        String key = key(event.getContainerName(), wanted.getDescription());
        Held already = held.get(key);
        if (already == null) {
            context.proceed();
            if (wanted.isDeployed() && !wanted.hasDeploymentError()) {
                held.put(key, new Held(event.getDeployableContainer(), archive(wanted.getDescription()),
                        protocolMetaData.get()));
            }
            return;
        }
        description.set(wanted.getDescription());
        deployment.set(wanted);
        protocolMetaData.set(already.metaData());
        wanted.deployed();
    }

    public void undeploy(@Observes(precedence = -10) EventContext<UnDeployDeployment> context) {
        UnDeployDeployment event = context.getEvent();
        Deployment deployed = event.getDeployment();
        if (deployed.getDescription().isArchiveDeployment()
                && held.containsKey(key(event.getContainerName(), deployed.getDescription()))) {
            deployed.undeployed(); // stays on the server for the next class
            return;
        }
        context.proceed();
    }

    /** The end of the run: what was held on this container is undeployed once. */
    public void undeployHeld(@Observes BeforeStop event) {
        var each = held.entrySet().iterator();
        while (each.hasNext()) {
            Held h = each.next().getValue();
            if (h.container() == event.getDeployableContainer()) {
                each.remove();
                try {
                    h.container().undeploy(h.archive());
                } catch (Exception e) {
                    // the server is thrown away after the run anyway; say so rather than fail the last class
                    LOG.warning("Could not undeploy " + h.archive().getName() + " at the end of the run: " + e);
                }
            }
        }
    }

    private static Archive<?> archive(DeploymentDescription d) {
        return d.getTestableArchive() != null ? d.getTestableArchive() : d.getArchive();
    }

    private static String key(String container, DeploymentDescription d) {
        return container + "/" + archive(d).getName();
    }
}
