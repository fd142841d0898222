package org.tenfold.it.arquillian;

import org.jboss.arquillian.core.spi.LoadableExtension;

/** Registered in META-INF/services: Arquillian loads it with its own extensions. */
public final class OncePerRunExtension implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(OncePerRunDeployments.class);
    }
}
