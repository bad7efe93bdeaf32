package org.plinth.server.auth.internal;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.plinth.server.auth.RequiresScope;
import org.plinth.server.auth.Scopes;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Plinth's {@code /admin/clients}: OAuth clients (apps) of the built-in OIDC provider. */
@RestController
@Tag(name = "Admin")
@RequiresScope(value = Scopes.ADMIN_MANAGE, userOnly = true)
class AdminClientController {

    private final OAuthClients clients;

    AdminClientController(OAuthClients clients) {
        this.clients = clients;
    }

    @PostMapping("/admin/clients")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "adminCreateClient", summary = "Register an OAuth client; a confidential client's secret is returned once")
    ClientView create(@Valid @RequestBody ClientCreateRequest request) {
        return clients.create(request);
    }

    @GetMapping("/admin/clients")
    @Operation(operationId = "adminGetClients", summary = "List OAuth clients")
    List<ClientView> list() {
        return clients.list();
    }

    @DeleteMapping("/admin/clients/{clientId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "adminDeleteClient", summary = "Delete an OAuth client and every token issued to it")
    void delete(@PathVariable String clientId) {
        clients.delete(clientId);
    }
}
