package io.openrcm.platform.eventing.consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/** Every consumer of this service: the {@link EventHandler} beans and each {@link TypedEventHandler} bean adapted. */
@ApplicationScoped
public class EventHandlers {

    private final Instance<EventHandler> handlers;
    private final Instance<TypedEventHandler<?>> typedHandlers;
    private final Instance<ObjectMapper> mapper;

    @Inject
    public EventHandlers(Instance<EventHandler> handlers, Instance<TypedEventHandler<?>> typedHandlers,
            Instance<ObjectMapper> mapper) {
        this.handlers = handlers;
        this.typedHandlers = typedHandlers;
        this.mapper = mapper;
    }

    /** All of them, as the consumer loop calls them. */
    public List<EventHandler> all() {
        List<EventHandler> all = new ArrayList<>();
        handlers.forEach(all::add);
        for (TypedEventHandler<?> typed : typedHandlers) {
            // The service's own mapper, so its modules and settings (dates, decimals) read its payloads.
            all.add(adapt(typed, mapper.isResolvable() ? mapper.get() : new ObjectMapper()));
        }
        return all;
    }

    static <P> EventHandler adapt(TypedEventHandler<P> handler, ObjectMapper mapper) {
        return new TypedEventAdapter<>(handler, mapper);
    }
}
