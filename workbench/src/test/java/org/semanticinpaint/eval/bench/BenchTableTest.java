package org.semanticinpaint.eval.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Text columns are appended to the Markdown that the shared report class renders. */
class BenchTableTest {

	static BenchTable table() {
		return new BenchTable("t", "bundle: step", List.of("median ms", "target ms"), new int[] { 1, 0 },
			List.of("target met")).addRow("a: propose", new double[] { 123.45, 250 }, "PASS")
				.addRow("a|b: render", new double[] { 201, Double.NaN }, "FA|L");
	}

	@Test
	void markdown() {
		assertEquals("""
			| bundle: step | median ms | target ms | target met |
			| --- | ---: | ---: | :---: |
			| a: propose | 123.5 | 250 | PASS |
			| a\\|b: render | 201.0 | n/a | FA\\|L |
			""", table().markdown());
	}

	@Test
	void valuesByColumnName() {
		BenchTable t = table();
		assertEquals(2, t.rowCount());
		assertEquals(123.45, t.value(0, "median ms"));
		assertEquals(250, t.value(0, "target ms"));
		assertEquals("FA|L", t.text(1, 0));
		assertThrows(IllegalArgumentException.class, () -> t.value(0, "mean ms"));
	}

	@Test
	void cellCountsAreChecked() {
		assertThrows(IllegalArgumentException.class, () -> table().addRow("x", new double[] { 1, 2 }));
		assertThrows(IllegalArgumentException.class, () -> table().addRow("x", new double[] { 1 }, "PASS"));
		assertThrows(IllegalArgumentException.class, () -> new BenchTable("t", "l", List.of("a"), new int[] { 1, 2 },
			List.of()));
	}
}
