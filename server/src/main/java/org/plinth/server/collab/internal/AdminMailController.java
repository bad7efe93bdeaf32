package org.plinth.server.collab.internal;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.plinth.server.auth.AccessPolicy;
import org.plinth.server.collab.internal.MailOutbox.MailView;
import org.plinth.server.platform.Caller;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Plinth's own: the mail outbox, newest first, for operators without SMTP (platform admins only). */
@RestController
@Tag(name = "Admin")
class AdminMailController {

    private final MailOutbox outbox;
    private final AccessPolicy policy;

    AdminMailController(MailOutbox outbox, AccessPolicy policy) {
        this.outbox = outbox;
        this.policy = policy;
    }

    @GetMapping("/admin/mail")
    @Operation(operationId = "adminListMail", summary = "Mails the server sent or would have sent (newest first)")
    List<MailView> listMail(@AuthenticationPrincipal Caller caller,
            @RequestParam(defaultValue = "100") int limit) {
        policy.requirePlatformAdmin(caller);
        return outbox.latest(Math.max(1, Math.min(limit, 1000)));
    }
}
