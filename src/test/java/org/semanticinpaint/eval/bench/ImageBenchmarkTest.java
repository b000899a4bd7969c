package org.semanticinpaint.eval.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The memory verdict: both heap and RSS growth must stay under 1.5 GB; RSS is left out only where it is unknown. */
class ImageBenchmarkTest {

	@Test
	void memoryVerdict() {
		assertEquals("PASS", ImageBenchmark.verdict(new PeakMemory.Peak(1000, 1535, 3000)));
		assertEquals("FAIL", ImageBenchmark.verdict(new PeakMemory.Peak(1000, 1536, 3000)));
		assertEquals("FAIL", ImageBenchmark.verdict(new PeakMemory.Peak(1600, 100, 3000)));
		assertEquals("PASS", ImageBenchmark.verdict(new PeakMemory.Peak(1000, Double.NaN, Double.NaN)));
		assertEquals("FAIL", ImageBenchmark.verdict(new PeakMemory.Peak(2000, Double.NaN, Double.NaN)));
		assertEquals("n/a", ImageBenchmark.verdict(new PeakMemory.Peak(Double.NaN, Double.NaN, Double.NaN)));
	}
}
