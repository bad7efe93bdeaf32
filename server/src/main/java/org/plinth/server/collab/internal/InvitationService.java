package org.plinth.server.collab.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.plinth.server.auth.AccessPolicy;
import org.plinth.server.auth.Scopes;
import org.plinth.server.auth.UserDirectory;
import org.plinth.server.collab.ProjectActivity;
import org.plinth.server.collab.internal.CollabRequests.CloudInvitationRequest;
import org.plinth.server.collab.internal.CollabRequests.ProjectInvitationRequest;
import org.plinth.server.collab.internal.CollabViews.UserView;
import org.plinth.server.platform.Caller;
import org.plinth.server.platform.ConflictException;
import org.plinth.server.platform.InvalidRequestException;
import org.plinth.server.platform.NotFoundException;
import org.plinth.server.platform.PlinthProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations to a cloud or a project: created by admins, mailed with a link, answered by the
 * invited user ({@code /user/invitations}) or, for a new address, by signing up through the link.
 */
@Service
class InvitationService {

    /** How long an invitation link works. */
    static final Duration LIFETIME = Duration.ofDays(14);

    static final String LINK_PATH = "/invitation/";

    /** BIMData {@code CloudInvitation}. */
    record CloudInvitationView(long id, String email, String redirectUri, int role, int projectRole,
            boolean inAllProjects) {
    }

    /** BIMData {@code ProjectInvitation}. */
    record ProjectInvitationView(long id, String email, String redirectUri, int role) {
    }

    /**
     * BIMData {@code UserInvitation}; {@code sender} is null only when the sender's account was
     * deleted; {@code project_name} is "" for a cloud invitation (BIMData declares it non-nullable).
     */
    record UserInvitationView(long id, String redirectUri, long cloudId, String cloudName, @Nullable Long projectId,
            String projectName, String status, String clientName, @Nullable UserView sender,
            OffsetDateTime createdAt, @Nullable OffsetDateTime respondedAt) {
    }

    private final InvitationRepository invitations;
    private final CloudRepository clouds;
    private final ProjectRepository projects;
    private final ProjectAccessCheck access;
    private final ProjectActivity activity;
    private final MailOutbox mail;
    private final UserDirectory users;
    private final PlinthProperties properties;
    private final SecureRandom random = new SecureRandom();

    InvitationService(InvitationRepository invitations, CloudRepository clouds, ProjectRepository projects,
            ProjectAccessCheck access, ProjectActivity activity, MailOutbox mail, UserDirectory users,
            PlinthProperties properties) {
        this.invitations = invitations;
        this.clouds = clouds;
        this.projects = projects;
        this.access = access;
        this.activity = activity;
        this.mail = mail;
        this.users = users;
        this.properties = properties;
    }

    @Transactional(readOnly = true)
    List<CloudInvitationView> cloudInvitations(Caller caller, long cloudId) {
        access.requireCloud(caller, cloudId, Scopes.ORG_MANAGE, AccessPolicy.ROLE_ADMIN);
        List<CloudInvitationView> views = new ArrayList<>();
        for (InvitationRow row : invitations.pendingOfCloud(cloudId)) {
            views.add(cloudView(row));
        }
        return views;
    }

    @Transactional
    CloudInvitationView inviteToCloud(Caller caller, long cloudId, CloudInvitationRequest request) {
        access.requireCloud(caller, cloudId, Scopes.ORG_MANAGE, AccessPolicy.ROLE_ADMIN);
        int role = request.role() == null ? AccessPolicy.ROLE_USER : Roles.cloudRole(request.role(), "role");
        Integer projectRole = request.projectRole() == null ? null : Roles.projectRole(request.projectRole(), "project_role");
        boolean inAllProjects = Boolean.TRUE.equals(request.inAllProjects());
        if (inAllProjects && projectRole == null && role != AccessPolicy.ROLE_ADMIN) {
            throw new InvalidRequestException("project_role", "is needed with in_all_projects.");
        }
        String email = normalize(request.email());
        users.findIdByEmail(email).ifPresent(userId -> {
            if (clouds.role(cloudId, userId).isPresent()) {
                throw new ConflictException(email + " is already a member of cloud " + cloudId + ".");
            }
        });
        long id = upsert(caller, cloudId, null, email, request.redirectUri(), role, projectRole, inAllProjects);
        return cloudView(require(id));
    }

    @Transactional
    void cancelCloudInvitation(Caller caller, long cloudId, long id) {
        access.requireCloud(caller, cloudId, Scopes.ORG_MANAGE, AccessPolicy.ROLE_ADMIN);
        InvitationRow row = require(id);
        if (row.cloudId() != cloudId || row.projectId() != null || !invitations.deletePending(id)) {
            throw notFound(id);
        }
    }

    @Transactional(readOnly = true)
    List<ProjectInvitationView> projectInvitations(Caller caller, long cloudId, long projectId) {
        access.require(caller, cloudId, projectId, Scopes.ORG_MANAGE, AccessPolicy.ROLE_ADMIN);
        List<ProjectInvitationView> views = new ArrayList<>();
        for (InvitationRow row : invitations.pendingOfProject(projectId)) {
            views.add(projectView(row));
        }
        return views;
    }

    @Transactional
    ProjectInvitationView inviteToProject(Caller caller, long cloudId, long projectId, ProjectInvitationRequest request) {
        access.require(caller, cloudId, projectId, Scopes.ORG_MANAGE, AccessPolicy.ROLE_ADMIN);
        int role = Roles.projectRole(request.role(), "role");
        String email = normalize(request.email());
        users.findIdByEmail(email).ifPresent(userId -> {
            if (projects.memberOfUser(projectId, userId).isPresent()) {
                throw new ConflictException(email + " is already a member of project " + projectId + ".");
            }
        });
        long id = upsert(caller, cloudId, projectId, email, request.redirectUri(), AccessPolicy.ROLE_USER, role, false);
        activity.record(projectId, caller, "invitation.create", Map.of("email", email, "role", role));
        return projectView(require(id));
    }

    @Transactional
    void cancelProjectInvitation(Caller caller, long cloudId, long projectId, long id) {
        access.require(caller, cloudId, projectId, Scopes.ORG_MANAGE, AccessPolicy.ROLE_ADMIN);
        InvitationRow row = require(id);
        if (row.projectId() == null || row.projectId() != projectId || !invitations.deletePending(id)) {
            throw notFound(id);
        }
        activity.record(projectId, caller, "invitation.cancel", Map.of("email", row.email()));
    }

    @Transactional(readOnly = true)
    List<UserInvitationView> ofUser(Caller caller) {
        long userId = caller.requireUserId();
        List<UserInvitationView> views = new ArrayList<>();
        for (InvitationRow row : invitations.ofUser(userId)) {
            views.add(userView(row));
        }
        return views;
    }

    @Transactional(readOnly = true)
    UserInvitationView ofUser(Caller caller, long id) {
        return userView(requireOwn(caller, id));
    }

    @Transactional
    void accept(Caller caller, long id) {
        InvitationRow row = requireOwn(caller, id);
        requirePending(row);
        join(row, caller.requireUserId());
    }

    @Transactional
    void deny(Caller caller, long id) {
        InvitationRow row = requireOwn(caller, id);
        requirePending(row);
        invitations.respond(id, "D");
    }

    /** The invitation behind a link, or empty when the link is unknown. */
    @Transactional(readOnly = true)
    java.util.Optional<InvitationRow> byLink(String secret) {
        return invitations.findBySecretHash(hash(secret));
    }

    boolean hasAccount(String email) {
        return users.findIdByEmail(email).isPresent();
    }

    /**
     * A new address signs up through the link: the account is created and the invitation accepted
     * in one transaction, so the user lands on {@code redirect_uri} as a member.
     */
    @Transactional
    InvitationRow signUpAndAccept(String secret, String firstname, String lastname, String password) {
        InvitationRow row = byLink(secret).orElseThrow(() -> new NotFoundException("Unknown invitation link."));
        requirePending(row);
        long userId = users.register(row.email(), firstname, lastname, password);
        join(row, userId);
        return row;
    }

    private void join(InvitationRow row, long userId) {
        long cloudId = row.cloudId();
        Long projectId = row.projectId();
        if (projectId == null) {
            clouds.upsertMember(cloudId, userId, row.role(), row.inAllProjects());
            if (row.role() == AccessPolicy.ROLE_ADMIN) {
                projects.makeAdminOfAll(cloudId, userId);
            } else if (row.inAllProjects() && row.projectRole() != null) {
                for (ProjectRow project : projects.findOfCloud(cloudId)) {
                    projects.upsertMember(project.id(), userId, row.projectRole());
                }
            }
        } else {
            clouds.upsertMember(cloudId, userId, AccessPolicy.ROLE_USER, false);
            int projectRole = row.projectRole() == null ? AccessPolicy.ROLE_USER : row.projectRole();
            projects.upsertMember(projectId, userId, projectRole);
        }
        if (!invitations.respond(row.id(), "A")) {
            throw new ConflictException("Invitation " + row.id() + " was answered meanwhile.");
        }
    }

    private long upsert(Caller caller, long cloudId, @Nullable Long projectId, String email, String redirectUri,
            int role, @Nullable Integer projectRole, boolean inAllProjects) {
        String secret = newSecret();
        OffsetDateTime expiresAt = OffsetDateTime.now().plus(LIFETIME);
        Long existing = invitations.findPendingFor(cloudId, projectId, email).orElse(null);
        long id;
        if (existing != null) {
            invitations.renew(existing, redirectUri, role, projectRole, inAllProjects, caller.userId(), hash(secret),
                    expiresAt);
            id = existing;
        } else {
            id = invitations.insert(cloudId, projectId, email, redirectUri, role, projectRole, inAllProjects,
                    caller.userId(), hash(secret), expiresAt);
        }
        InvitationRow row = require(id);
        String target = row.projectName() == null ? "the cloud \"" + row.cloudName() + "\""
                : "the project \"" + row.projectName() + "\" (cloud \"" + row.cloudName() + "\")";
        String link = properties.publicUrl() + LINK_PATH + secret;
        mail.send(email, "You are invited to " + target + " on Plinth", """
                Hello,

                %s invites you to %s on Plinth.

                Open this link to accept (or to create your account first):
                %s

                The link works until %s. If you did not expect this invitation, ignore this mail.
                """.formatted(senderName(row), target, link, expiresAt.toLocalDate()));
        return id;
    }

    private static String senderName(InvitationRow row) {
        UserSummary sender = row.sender();
        if (sender == null) {
            return "Someone";
        }
        String name = (sender.firstname() + " " + sender.lastname()).strip();
        return name.isEmpty() ? sender.email() : name + " (" + sender.email() + ")";
    }

    private InvitationRow require(long id) {
        return invitations.find(id).orElseThrow(() -> notFound(id));
    }

    /** The caller's own invitation (by e-mail); anyone else's is invisible. */
    private InvitationRow requireOwn(Caller caller, long id) {
        long userId = caller.requireUserId();
        for (InvitationRow row : invitations.ofUser(userId)) {
            if (row.id() == id) {
                return row;
            }
        }
        throw notFound(id);
    }

    private static void requirePending(InvitationRow row) {
        if (!row.status().equals("P")) {
            throw new ConflictException("Invitation " + row.id() + " was already "
                    + (row.status().equals("A") ? "accepted" : "denied") + ".");
        }
        if (!row.expiresAt().isAfter(OffsetDateTime.now())) {
            throw new ConflictException("Invitation " + row.id() + " expired at " + row.expiresAt()
                    + "; ask for a new one.");
        }
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("No invitation with id " + id + ".");
    }

    private static CloudInvitationView cloudView(InvitationRow row) {
        // project_role is non-nullable in BIMData's model: without one, the role the cloud role implies.
        int projectRole = row.projectRole() != null ? row.projectRole()
                : row.role() == AccessPolicy.ROLE_ADMIN ? AccessPolicy.ROLE_ADMIN : AccessPolicy.ROLE_USER;
        return new CloudInvitationView(row.id(), row.email(), row.redirectUri(), row.role(), projectRole,
                row.inAllProjects());
    }

    private static ProjectInvitationView projectView(InvitationRow row) {
        return new ProjectInvitationView(row.id(), row.email(), row.redirectUri(),
                row.projectRole() == null ? AccessPolicy.ROLE_USER : row.projectRole());
    }

    private static UserInvitationView userView(InvitationRow row) {
        UserSummary sender = row.sender();
        return new UserInvitationView(row.id(), row.redirectUri(), row.cloudId(), row.cloudName(), row.projectId(),
                row.projectName() == null ? "" : row.projectName(), row.status(), row.clientName(), sender == null ? null : UserView.of(sender, 0, 0),
                row.createdAt(), row.respondedAt());
    }

    private static String normalize(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private String newSecret() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
