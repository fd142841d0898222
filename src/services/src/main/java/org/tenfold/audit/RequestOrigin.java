package org.tenfold.audit;

import jakarta.enterprise.context.RequestScoped;

/** Where the current request came from; filled in by the web layer for the audit trail. */
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
