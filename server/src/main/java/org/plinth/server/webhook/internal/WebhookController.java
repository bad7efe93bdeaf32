package org.plinth.server.webhook.internal;

import java.util.List;

import org.plinth.server.auth.RequiresScope;
import org.plinth.server.auth.Scopes;
import org.plinth.server.platform.Caller;
import org.plinth.server.webhook.internal.WebhookSubscriptions.Owner;
import org.plinth.server.webhook.internal.WebhookViews.DeliveryView;
import org.plinth.server.webhook.internal.WebhookViews.PingView;
import org.plinth.server.webhook.internal.WebhookViews.WebhookRequest;
import org.plinth.server.webhook.internal.WebhookViews.WebhookView;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * BIMData's WebhookApi (cloud and project webhooks, ping) and Plinth's delivery log routes
 * ({@code .../webhook/{id}/deliveries}, {@code .../deliveries/{delivery}/redeliver}).
 */
@RestController
@Tag(name = "WebhookApi")
@RequiresScope(Scopes.WEBHOOK_MANAGE)
class WebhookController {

    private static final String CLOUD = "/cloud/{cloud_pk}/webhook";
    private static final String PROJECT = "/cloud/{cloud_pk}/project/{project_pk}/webhook";

    private final WebhookSubscriptions subscriptions;

    WebhookController(WebhookSubscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    // --- cloud webhooks

    @GetMapping(CLOUD)
    @Operation(operationId = "getWebHooks", summary = "Retrieve all configured webhooks")
    List<WebhookView> getWebHooks(@AuthenticationPrincipal Caller caller, @PathVariable("cloud_pk") long cloudId) {
        return subscriptions.list(caller, new Owner(cloudId, null));
    }

    @PostMapping(CLOUD)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createWebHook", summary = "Create a new Webhook")
    WebhookView createWebHook(@AuthenticationPrincipal Caller caller, @PathVariable("cloud_pk") long cloudId,
            @RequestBody WebhookRequest request) {
        return subscriptions.create(caller, new Owner(cloudId, null), request);
    }

    @GetMapping(CLOUD + "/{id}")
    @Operation(operationId = "getWebHook", summary = "Retrieve one configured webhook")
    WebhookView getWebHook(@AuthenticationPrincipal Caller caller, @PathVariable("cloud_pk") long cloudId,
            @PathVariable long id) {
        return subscriptions.get(caller, new Owner(cloudId, null), id);
    }

    @PatchMapping(CLOUD + "/{id}")
    @Operation(operationId = "updateWebHook", summary = "Update some field of a webhook (re-enables a disabled one)")
    WebhookView updateWebHook(@AuthenticationPrincipal Caller caller, @PathVariable("cloud_pk") long cloudId,
            @PathVariable long id, @RequestBody(required = false) @Nullable WebhookRequest request) {
        return subscriptions.update(caller, new Owner(cloudId, null), id, orEmpty(request));
    }

    @DeleteMapping(CLOUD + "/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteWebHook", summary = "Delete a webhook")
    void deleteWebHook(@AuthenticationPrincipal Caller caller, @PathVariable("cloud_pk") long cloudId,
            @PathVariable long id) {
        subscriptions.delete(caller, new Owner(cloudId, null), id);
    }

    @PostMapping(CLOUD + "/{id}/ping")
    @Operation(operationId = "pingWebHook", summary = "Send a signed ping event now and return the receiver's answer")
    PingView pingWebHook(@AuthenticationPrincipal Caller caller, @PathVariable("cloud_pk") long cloudId,
            @PathVariable long id, @RequestBody(required = false) @Nullable WebhookRequest ignored) {
        return subscriptions.ping(caller, new Owner(cloudId, null), id);
    }

    @GetMapping(CLOUD + "/{id}/deliveries")
    @Operation(operationId = "getWebHookDeliveries", summary = "Plinth: the delivery log of a webhook, newest first")
    List<DeliveryView> getWebHookDeliveries(@AuthenticationPrincipal Caller caller,
            @PathVariable("cloud_pk") long cloudId, @PathVariable long id,
            @RequestParam(defaultValue = "100") int limit) {
        return subscriptions.deliveries(caller, new Owner(cloudId, null), id, limit);
    }

    @PostMapping(CLOUD + "/{id}/deliveries/{delivery}/redeliver")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(operationId = "redeliverWebHookDelivery", summary = "Plinth: queue a past delivery again under a new delivery id")
    DeliveryView redeliverWebHookDelivery(@AuthenticationPrincipal Caller caller,
            @PathVariable("cloud_pk") long cloudId, @PathVariable long id, @PathVariable String delivery) {
        return subscriptions.redeliver(caller, new Owner(cloudId, null), id, delivery);
    }

    // --- project webhooks

    @GetMapping(PROJECT)
    @Operation(operationId = "getProjectWebHooks", summary = "Retrieve all configured project webhooks")
    List<WebhookView> getProjectWebHooks(@AuthenticationPrincipal Caller caller, @PathVariable("cloud_pk") long cloudId,
            @PathVariable("project_pk") long projectId) {
        return subscriptions.list(caller, new Owner(cloudId, projectId));
    }

    @PostMapping(PROJECT)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createProjectWebHook", summary = "Create a new project Webhook")
    WebhookView createProjectWebHook(@AuthenticationPrincipal Caller caller, @PathVariable("cloud_pk") long cloudId,
            @PathVariable("project_pk") long projectId, @RequestBody WebhookRequest request) {
        return subscriptions.create(caller, new Owner(cloudId, projectId), request);
    }

    @GetMapping(PROJECT + "/{id}")
    @Operation(operationId = "getProjectWebHook", summary = "Retrieve one configured project webhook")
    WebhookView getProjectWebHook(@AuthenticationPrincipal Caller caller, @PathVariable("cloud_pk") long cloudId,
            @PathVariable("project_pk") long projectId, @PathVariable long id) {
        return subscriptions.get(caller, new Owner(cloudId, projectId), id);
    }

    @PatchMapping(PROJECT + "/{id}")
    @Operation(operationId = "updateProjectWebHook", summary = "Update some field of a webhook (re-enables a disabled one)")
    WebhookView updateProjectWebHook(@AuthenticationPrincipal Caller caller, @PathVariable("cloud_pk") long cloudId,
            @PathVariable("project_pk") long projectId, @PathVariable long id,
            @RequestBody(required = false) @Nullable WebhookRequest request) {
        return subscriptions.update(caller, new Owner(cloudId, projectId), id, orEmpty(request));
    }

    @DeleteMapping(PROJECT + "/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteProjectWebHook", summary = "Delete a webhook")
    void deleteProjectWebHook(@AuthenticationPrincipal Caller caller, @PathVariable("cloud_pk") long cloudId,
            @PathVariable("project_pk") long projectId, @PathVariable long id) {
        subscriptions.delete(caller, new Owner(cloudId, projectId), id);
    }

    @PostMapping(PROJECT + "/{id}/ping")
    @Operation(operationId = "pingProjectWebHook", summary = "Send a signed ping event now and return the receiver's answer")
    PingView pingProjectWebHook(@AuthenticationPrincipal Caller caller, @PathVariable("cloud_pk") long cloudId,
            @PathVariable("project_pk") long projectId, @PathVariable long id,
            @RequestBody(required = false) @Nullable WebhookRequest ignored) {
        return subscriptions.ping(caller, new Owner(cloudId, projectId), id);
    }

    @GetMapping(PROJECT + "/{id}/deliveries")
    @Operation(operationId = "getProjectWebHookDeliveries", summary = "Plinth: the delivery log of a project webhook, newest first")
    List<DeliveryView> getProjectWebHookDeliveries(@AuthenticationPrincipal Caller caller,
            @PathVariable("cloud_pk") long cloudId, @PathVariable("project_pk") long projectId, @PathVariable long id,
            @RequestParam(defaultValue = "100") int limit) {
        return subscriptions.deliveries(caller, new Owner(cloudId, projectId), id, limit);
    }

    @PostMapping(PROJECT + "/{id}/deliveries/{delivery}/redeliver")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(operationId = "redeliverProjectWebHookDelivery", summary = "Plinth: queue a past delivery again under a new delivery id")
    DeliveryView redeliverProjectWebHookDelivery(@AuthenticationPrincipal Caller caller,
            @PathVariable("cloud_pk") long cloudId, @PathVariable("project_pk") long projectId, @PathVariable long id,
            @PathVariable String delivery) {
        return subscriptions.redeliver(caller, new Owner(cloudId, projectId), id, delivery);
    }

    private static WebhookRequest orEmpty(@Nullable WebhookRequest request) {
        return request == null ? new WebhookRequest(null, null, null) : request;
    }
}
