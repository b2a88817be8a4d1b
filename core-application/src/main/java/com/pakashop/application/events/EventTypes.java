package com.pakashop.application.events;

import com.pakashop.domain.ordering.OrderStatus;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every stored event type name and the record it reads into. A name is a record's simple name,
 * except for {@link OrderMoved}, which is stored under the state the order reached. Renaming a
 * record would orphan the rows stored under its old name, so {@code EventTypesTest} pins the list.
 */
public final class EventTypes {
    private static final Map<String, Class<? extends DomainEvent>> RECORDS = records();

    private EventTypes() {
    }

    /** The record a stored type name reads into; empty for a name no event has ever had. */
    public static Optional<Class<? extends DomainEvent>> recordOf(String type) {
        return Optional.ofNullable(RECORDS.get(type));
    }

    /** Every type name, in a stable order. */
    public static Set<String> names() {
        return RECORDS.keySet();
    }

    public static String nameOf(Class<? extends DomainEvent> record) {
        if (record == OrderMoved.class) {
            throw new IllegalArgumentException("an order move is named by the state it reached: OrderMoved.typeOf");
        }
        return record.getSimpleName();
    }

    private static Map<String, Class<? extends DomainEvent>> records() {
        Map<String, Class<? extends DomainEvent>> records = new LinkedHashMap<>();
        for (Class<?> permitted : DomainEvent.class.getPermittedSubclasses()) {
            if (permitted != OrderMoved.class) {
                records.put(permitted.getSimpleName(), permitted.asSubclass(DomainEvent.class));
            }
        }
        Arrays.stream(OrderStatus.values()).filter(status -> status != OrderStatus.PENDING)
                .forEach(status -> records.put(OrderMoved.typeOf(status), OrderMoved.class));
        return Map.copyOf(records);
    }
}
