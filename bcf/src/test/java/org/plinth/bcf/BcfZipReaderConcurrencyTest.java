package org.plinth.bcf;

import static org.plinth.bcf.BcfArchiveAssert.assertThatArchive;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One reader and one writer shared by threads, as a server holds them: no state leaks between reads. */
class BcfZipReaderConcurrencyTest {

    @Test
    void oneReaderServesManyThreadsWithTheSameResults() throws Exception {
        BcfZipReader reader = new BcfZipReader(BcfLimits.DEFAULTS, SchemaCheck.REPORT);
        BcfZipWriter writer = new BcfZipWriter(BcfVersion.V3_0);
        List<Path> archives = new ArrayList<>(BcfCorpus.archives("xml-2.1"));
        archives.addAll(BcfCorpus.archives("xml-3.0"));
        List<BcfArchive> expected = new ArrayList<>();
        for (Path p : archives) {
            expected.add(reader.read(p));
        }

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<BcfArchive>> results = new ArrayList<>();
            for (int round = 0; round < 10; round++) {
                for (Path p : archives) {
                    results.add(pool.submit(() -> reader.read(new java.io.ByteArrayInputStream(
                            writer.toBytes(reader.read(p))))));
                }
            }
            for (int i = 0; i < results.size(); i++) {
                BcfArchive want = expected.get(i % archives.size());
                assertThatArchive(results.get(i).get())
                        .hasSameContentAs(BcfVersionMapping.expectedAfter(want, BcfVersion.V3_0));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
