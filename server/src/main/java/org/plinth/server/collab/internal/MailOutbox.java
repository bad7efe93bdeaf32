package org.plinth.server.collab.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Properties;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Every mail goes into {@code mail_outbox} in the caller's transaction and is sent over SMTP after
 * the commit (so a rolled-back invitation sends nothing). Without SMTP the mail is logged and stays
 * in the outbox for {@code GET /admin/mail}. A failed send is recorded on the row, never thrown at
 * the user: the invitation exists and can be re-sent by inviting again.
 */
@Service
class MailOutbox {

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

    private static final String INSERT = """
            INSERT INTO mail_outbox (recipient, subject, body) VALUES (:recipient, :subject, :body) RETURNING id""";

    private static final String MARK = "UPDATE mail_outbox SET sent = :sent, error = :error WHERE id = :id";

    private static final String LATEST = """
            SELECT id, recipient, subject, body, sent, error, created_at FROM mail_outbox ORDER BY id DESC LIMIT :limit""";

    /** One outbox row as {@code /admin/mail} shows it. */
    record MailView(long id, String recipient, String subject, String body, boolean sent, @Nullable String error,
            OffsetDateTime createdAt) {
    }

    private final JdbcClient jdbc;
    private final Environment environment;
    private @Nullable SmtpProperties senderSettings;
    private @Nullable JavaMailSenderImpl sender;

    MailOutbox(JdbcClient jdbc, Environment environment) {
        this.jdbc = jdbc;
        this.environment = environment;
    }

    /**
     * The SMTP settings are read at each send, not once at startup, so an operator's change of
     * {@code plinth.smtp.*} through a refreshed property source (and the tests' in-process SMTP
     * server) takes effect without a restart.
     */
    private synchronized @Nullable JavaMailSenderImpl currentSender(SmtpProperties smtp) {
        if (!smtp.configured()) {
            return null;
        }
        if (sender == null || !smtp.equals(senderSettings)) {
            sender = sender(smtp);
            senderSettings = smtp;
        }
        return sender;
    }

    private SmtpProperties settings() {
        return Binder.get(environment).bind("plinth.smtp", SmtpProperties.class)
                .orElseGet(() -> new SmtpProperties(null, 25, null, null, "plinth@localhost", false));
    }

    void send(String recipient, String subject, String body) {
        long id = jdbc.sql(INSERT).param("recipient", recipient).param("subject", subject).param("body", body)
                .query(Long.class).single();
        SmtpProperties smtp = settings();
        JavaMailSenderImpl mailSender = currentSender(smtp);
        if (mailSender == null) {
            log.info("No SMTP configured (PLINTH_SMTP_HOST); mail {} to {} kept in the outbox:\nSubject: {}\n\n{}", id,
                    recipient, subject, body);
            return;
        }
        Runnable deliver = () -> deliver(mailSender, smtp, id, recipient, subject, body);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deliver.run();
                }
            });
        } else {
            deliver.run();
        }
    }

    List<MailView> latest(int limit) {
        return jdbc.sql(LATEST).param("limit", limit).query(MailView.class).list();
    }

    private void deliver(JavaMailSenderImpl mailSender, SmtpProperties smtp, long id, String recipient,
            String subject, String body) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(smtp.from());
        message.setTo(recipient);
        message.setSubject(subject);
        message.setText(body);
        try {
            mailSender.send(message);
            jdbc.sql(MARK).param("id", id).param("sent", true).param("error", null).update();
        } catch (MailException e) {
            log.warn("Could not send mail {} to {} through {}:{}: {}", id, recipient, smtp.host(), smtp.port(),
                    e.getMessage());
            jdbc.sql(MARK).param("id", id).param("sent", false).param("error", String.valueOf(e.getMessage())).update();
        }
    }

    private static JavaMailSenderImpl sender(SmtpProperties smtp) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(smtp.host());
        sender.setPort(smtp.port());
        sender.setUsername(smtp.username());
        sender.setPassword(smtp.password());
        sender.setDefaultEncoding("UTF-8");
        Properties properties = sender.getJavaMailProperties();
        properties.put("mail.smtp.auth", String.valueOf(smtp.username() != null));
        properties.put("mail.smtp.starttls.enable", String.valueOf(smtp.starttls()));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.writetimeout", "10000");
        return sender;
    }
}
