package org.tenfold.audit;

import jakarta.enterprise.context.RequestScoped;

/**
 * Where the current request came from; filled in by {@link org.tenfold.security.RequestOriginFilter} in either web
 * module, read by the audit trail in the service layer (so it sits here, in the EAR's lib/, where both see it).
 */
@RequestScoped
public class RequestOrigin {

    private String sourceAddress;

    public String getSourceAddress() {
        return sourceAddress;
    }

    public void setSourceAddress(String sourceAddress) {
        this.sourceAddress = sourceAddress;
    }
}
