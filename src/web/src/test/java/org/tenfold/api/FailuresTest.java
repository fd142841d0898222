package org.tenfold.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tenfold.platform.BusinessException;
import org.tenfold.platform.InvalidInputException;
import org.tenfold.platform.NotFoundException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FailuresTest {

    @Test
    void everyKindOfRefusalIsAClientErrorOfItsOwn() {
        Set<Integer> statuses = EnumSet.allOf(BusinessException.Kind.class).stream().map(Failures::status)
                .collect(Collectors.toSet());
        assertEquals(BusinessException.Kind.values().length, statuses.size());
        statuses.forEach(s -> assertTrue(s >= 400 && s < 500, "status " + s));
        assertEquals(404, Failures.status(BusinessException.Kind.NOT_FOUND));
        assertEquals(400, Failures.status(BusinessException.Kind.INVALID_INPUT));
    }

    @Test
    void looksInsideTheContainersWrapper() {
        NotFoundException missing = new NotFoundException("Client", 7L);
        assertSame(missing, Failures.business(missing));
        assertSame(missing, Failures.business(new EJBException(missing)));
        InvalidInputException invalid = new InvalidInputException("name", "Enter a name.");
        assertSame(invalid, Failures.business(new EJBException(invalid)));
    }

    @Test
    void aRoleRefusalOrAnUnexpectedErrorIsNoBusinessRefusal() {
        assertNull(Failures.business(new EJBAccessException("denied")));
        assertNull(Failures.business(new EJBException(new IllegalStateException("bug"))));
        assertNull(Failures.business(new IllegalStateException("bug")));
        assertTrue(Failures.denied(new EJBAccessException("denied")));
        assertFalse(Failures.denied(new EJBException("other")));
    }
}
