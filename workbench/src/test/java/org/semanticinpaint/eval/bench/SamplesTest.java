package org.semanticinpaint.eval.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Percentiles by linear interpolation between ranks (numpy's default), checked by hand. */
class SamplesTest {

	@Test
	void orderStatistics() {
		Samples s = new Samples(new double[] { 5, 1, 4, 2, 3 });
		assertEquals(3, s.median());
		assertEquals(1, s.min());
		assertEquals(5, s.max());
		// rank 0.9 * 4 = 3.6: 4 + 0.6 * (5 - 4)
		assertEquals(4.6, s.percentile(90), 1e-12);
		// p75 = 4, p25 = 2
		assertEquals(2, s.iqr(), 1e-12);
	}

	@Test
	void evenCountMedianIsTheMiddleMean() {
		assertEquals(2.5, new Samples(new double[] { 4, 1, 3, 2 }).median(), 1e-12);
	}

	@Test
	void oneSampleHasNoSpread() {
		Samples s = new Samples(new double[] { 7 });
		assertEquals(7, s.median());
		assertEquals(0, s.iqr());
		assertEquals(7, s.percentile(90));
	}

	@Test
	void inputIsNotReordered() {
		double[] v = { 3, 1, 2 };
		assertEquals(2, new Samples(v).median());
		assertEquals(3, v[0]);
	}

	@Test
	void noSamplesIsAnError() {
		assertThrows(IllegalArgumentException.class, () -> new Samples(new double[0]));
	}
}
