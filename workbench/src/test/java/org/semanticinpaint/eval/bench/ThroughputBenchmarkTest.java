package org.semanticinpaint.eval.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.semanticinpaint.eval.bench.ReportTables.number;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.semanticinpaint.bundle.TestBundles;

/**
 * The throughput part alone, with 2 images, on the tiny random bundle: three rows (texture on and off, Telea),
 * the asked columns, positive numbers that agree with each other, and no failure note.
 */
class ThroughputBenchmarkTest {

	@TempDir
	static Path tmp;
	static BenchReport report;
	static List<List<String>> table;

	@BeforeAll
	static void run() throws Exception {
		Path bundle = TestBundles.gray(tmp.resolve("gray"));
		BenchmarkOptions o = BenchmarkOptions.parse(new String[] { bundle.toString(), "--quick", "--parts",
			"throughput", "--throughput-images", "2", "--threads", "1" });
		report = Benchmark.run(o);
		String md = report.markdown(o);
		System.out.print(md);
		table = ReportTables.parse(md).get(ThroughputBenchmark.table().title());
	}

	@Test
	void onlyThisPartRanAndNothingFailed() {
		assertTrue(report.notes().isEmpty(), report.notes().toString());
		for (BenchTable t : report.tables().values())
			if (t != throughput()) assertEquals(0, t.rowCount(), t.title());
	}

	@Test
	void oneRowPerMethodWithTheAskedColumns() {
		assertEquals(List.of("bundle: method", "images", "seconds", "images/s", "cores", "images/s per core", "CPU s",
			"x Telea"), table.get(0));
		assertEquals(List.of("test-1ch: engine, texture (default)", "test-1ch: engine, no texture",
			"test-1ch: OpenCV Telea"), table.subList(1, table.size()).stream().map(r -> r.get(0)).toList());
	}

	@Test
	void numbersArePositiveAndConsistent() {
		for (int r = 1; r < table.size(); r++) {
			String row = table.get(r).toString();
			assertEquals(2, number(table, r, "images"), row);
			for (String c : List.of("seconds", "images/s", "images/s per core", "x Telea"))
				assertTrue(number(table, r, c) > 0, c + " in " + row);
			assertEquals(1, number(table, r, "cores"), row); // --threads 1; Telea always 1
			double exact = throughput().value(r - 1, "images") / throughput().value(r - 1, "seconds");
			assertEquals(exact, throughput().value(r - 1, "images/s"), 1e-9, row);
			assertEquals(exact / number(table, r, "cores"), throughput().value(r - 1, "images/s per core"), 1e-9);
		}
		assertEquals("1.0", ReportTables.cell(table, 3, "x Telea"));
	}

	private static BenchTable throughput() {
		return report.table(BenchReport.Section.THROUGHPUT);
	}
}
