package org.plinth.server.collab;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Listens the way another feature would (a plain {@code @EventListener}, inside the deleting
 * transaction) and remembers what it heard, so tests see which deletions were announced.
 */
@Component
class DeletionEventsRecorder {

    static final List<Object> HEARD = new CopyOnWriteArrayList<>();

    @EventListener
    void on(ProjectDeleted event) {
        HEARD.add(event);
    }

    @EventListener
    void on(CloudDeleted event) {
        HEARD.add(event);
    }

    @EventListener
    void on(ProjectCreated event) {
        HEARD.add(event);
    }
}
