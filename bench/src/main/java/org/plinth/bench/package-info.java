/**
 * Measuring Plinth: JMH benchmarks of the STEP hot loops ({@link org.plinth.bench.StepIndexBenchmark},
 * {@link org.plinth.bench.StepStringDecodeBenchmark}), the runner that times our reader over the same files
 * as the web-ifc script ({@link org.plinth.bench.PeerThroughputRunner}), and the large-file generator and
 * runner ({@link org.plinth.bench.LargeIfcGenerator}, {@link org.plinth.bench.LargeFileRunner}).
 * Not shipped; figures go to {@code docs/benchmarks.md}.
 */
package org.plinth.bench;
