package org.semanticinpaint.eval.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Size comparisons are judged against the 2x limit; hole comparisons are shown without a verdict. */
class ScalingCheckTest {

	/** A large-image table holding only the columns the check reads, with the given total times. */
	static BenchTable image(String bundle, double[][] sideHolesTotal) {
		BenchTable t = ImageBenchmark.table();
		int n = t.numbers().columns().size(), total = t.numbers().columns().indexOf("total ms");
		for (double[] c : sideHolesTotal) {
			double[] v = new double[n];
			Arrays.fill(v, 1);
			v[0] = c[0];
			v[1] = c[1];
			v[total] = c[2];
			t.addRow(bundle + ": case", v, "PASS");
		}
		return t;
	}

	@Test
	void verdicts() {
		BenchTable image = image("b", new double[][] { { 2048, 1, 100 }, { 2048, 10, 900 }, { 8192, 1, 200 },
			{ 8192, 10, 2000 } });
		// another bundle's rows must not be read
		image.addRow("other: case", new double[] { 2048, 1, 1, 1, 1, 1, 1e6, 1, 1, 1, 1, 1 }, "PASS");
		BenchTable out = ScalingCheck.table();
		ScalingCheck.add(image, "b", List.of(2048, 8192), List.of(1, 10), out);
		assertEquals(4, out.rowCount());
		assertEquals("b: 1 hole, 2048 -> 8192 px", out.numbers().rows().get(0).label());
		assertEquals(2.0, out.value(0, "x time"), 1e-12);
		assertEquals(16, out.value(0, "x pixels"));
		assertEquals("PASS", out.text(0, 0), "exactly at the limit");
		assertEquals("b: 10 holes, 2048 -> 8192 px", out.numbers().rows().get(1).label());
		assertEquals(2000 / 900.0, out.value(1, "x time"), 1e-12);
		assertEquals("FAIL", out.text(1, 0));
		assertEquals("b: 2048 px, 1 -> 10 holes", out.numbers().rows().get(2).label());
		assertEquals(9, out.value(2, "x time"), 1e-12);
		assertEquals(10, out.value(2, "x holes"));
		assertEquals("", out.text(2, 0));
		assertEquals(10, out.value(3, "x time"), 1e-12);
	}

	/** The table prints the ratio with 2 decimals; its verdict must agree with what it prints. */
	@Test
	void theVerdictAgreesWithThePrintedRatio() {
		BenchTable image = image("b", new double[][] { { 512, 1, 100 }, { 2048, 1, 200.4 } });
		BenchTable out = ScalingCheck.table();
		ScalingCheck.add(image, "b", List.of(512, 2048), List.of(1), out);
		assertEquals("PASS", out.text(0, 0), "2.004 prints as 2.00");
		image = image("b", new double[][] { { 512, 1, 100 }, { 2048, 1, 200.6 } });
		out = ScalingCheck.table();
		ScalingCheck.add(image, "b", List.of(512, 2048), List.of(1), out);
		assertEquals("FAIL", out.text(0, 0), "2.006 prints as 2.01");
	}

	@Test
	void missingCaseIsNotApplicable() {
		BenchTable out = ScalingCheck.table();
		ScalingCheck.add(image("b", new double[][] { { 512, 1, 10 } }), "b", List.of(512, 2048), List.of(1), out);
		assertEquals(1, out.rowCount());
		assertEquals("n/a", out.text(0, 0));
	}

	@Test
	void nothingToCompareWithOneCase() {
		BenchTable out = ScalingCheck.table();
		ScalingCheck.add(image("b", new double[][] { { 512, 1, 10 } }), "b", List.of(512), List.of(1), out);
		assertEquals(0, out.rowCount());
	}
}
