package org.plinth.server.storage.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import org.plinth.server.platform.PlinthProperties;
import org.plinth.server.storage.DownloadLinks;
import org.plinth.server.storage.FileStore;
import org.plinth.server.storage.ObjectKeys;
import org.springframework.stereotype.Component;

@Component
class SignedDownloadLinks implements DownloadLinks {

    private final FileStore store;
    private final DownloadSigner signer;
    private final String baseUrl;
    private final Duration validity;

    SignedDownloadLinks(FileStore store, DownloadSigner signer, PlinthProperties properties) {
        this.store = store;
        this.signer = signer;
        this.baseUrl = properties.publicUrl() + DownloadController.PATH_PREFIX;
        this.validity = properties.files().downloadLinkValidity();
    }

    @Override
    public String url(String key, String fileName, String contentType) {
        ObjectKeys.require(key);
        Optional<java.net.URI> direct = store.directDownloadUrl(key, fileName, contentType, validity);
        if (direct.isPresent()) {
            return direct.get().toString();
        }
        long expires = signer.nowEpochSeconds() + validity.toSeconds();
        String signature = signer.sign(key, expires, fileName, contentType);
        return baseUrl + key + "?name=" + encode(fileName) + "&type=" + encode(contentType)
                + "&expires=" + expires + "&signature=" + signature;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
