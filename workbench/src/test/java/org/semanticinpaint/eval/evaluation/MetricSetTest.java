package org.semanticinpaint.eval.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.semanticinpaint.eval.metrics.MeanIou;

class MetricSetTest {

	@Test
	void perCaseMetricsAverageAndThePooledMiouDividesSummedCounts() {
		boolean[] all = new boolean[4];
		Arrays.fill(all, true);
		MetricSet m = new MetricSet();
		double[] a = new double[MetricSet.PER_CASE.size()], b = a.clone();
		Arrays.fill(a, 1);
		Arrays.fill(b, 3);
		a[0] = Double.NaN; // skipped, not counted as zero
		m.add(a, new MeanIou.Tally().add(new byte[] { 0, 0, 0, 1 }, new byte[] { 0, 0, 0, 0 }, all));
		m.add(b, new MeanIou.Tally().add(new byte[] { 1, 1, 1, 1 }, new byte[] { 1, 1, 1, 1 }, all));
		assertEquals(3, m.mean(0), 1e-12);
		assertEquals(2, m.mean(MetricSet.PER_CASE.indexOf("hole L1")), 1e-12);
		// class 0: I 3, U 4; class 1: I 4, U 5
		assertEquals((0.75 + 0.8) / 2, m.mean(MetricSet.NAMES.indexOf("mIoU hole pooled")), 1e-12);
		assertEquals(0.75, m.pooledIou(0), 1e-12);
		assertEquals(0.8, m.pooledIou(1), 1e-12);
		assertTrue(Double.isNaN(m.pooledIou(2)), "a class in neither map has no IoU");
		assertEquals(2, m.samples());
		MetricSet none = new MetricSet();
		none.add(b, null);
		assertTrue(Double.isNaN(none.mean(MetricSet.NAMES.indexOf("mIoU hole pooled"))));
	}
}
