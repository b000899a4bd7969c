package org.semanticinpaint.eval.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.semanticinpaint.eval.bench.ReportTables.cell;
import static org.semanticinpaint.eval.bench.ReportTables.number;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.semanticinpaint.bundle.TestBundles;

/**
 * The whole command in --quick mode on a tiny random bundle (1 channel, 3 classes, tile 64), read back from the
 * Markdown it prints: every table has its expected rows, its cells are numbers where numbers belong, and the
 * PASS/FAIL verdicts agree with the numbers and the targets. Seconds, not minutes.
 */
class BenchmarkTest {

	static final String NAME = "test-1ch";

	@TempDir
	static Path tmp;
	static Path bundle, out;
	static String stdout, written;
	static Map<String, List<List<String>>> sections;

	@BeforeAll
	static void run() throws Exception {
		bundle = TestBundles.gray(tmp.resolve("gray"));
		out = tmp.resolve("docs").resolve("benchmark.md");
		PrintStream old = System.out;
		ByteArrayOutputStream buffer = new ByteArrayOutputStream();
		System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
		try {
			Benchmark.main(new String[] { bundle.toString(), "--quick", "--threads", "2", "--out", out.toString() });
		}
		finally {
			System.setOut(old);
		}
		stdout = buffer.toString(StandardCharsets.UTF_8);
		System.out.print(stdout);
		written = Files.readString(out);
		sections = ReportTables.parse(written);
	}

	@Test
	void printsAndWritesTheSameReportWithAMachineHeader() {
		assertTrue(stdout.contains(written), "stdout lacks the written report");
		for (String fact : List.of("- CPU: ", "- RAM: ", "- Java: 17", "- TensorFlow-Java: 1.1.0 (TensorFlow 2.", "- Date: 2"))
			assertTrue(written.contains(fact), fact);
	}

	@Test
	void oneSectionPerTableAndNoFailureNotes() {
		assertEquals(List.of(LoadBenchmark.table().title(), WindowBenchmark.table().title(), ImageBenchmark.table()
			.title(), ScalingCheck.table().title(), ScratchBenchmark.table().title(), TrainingBenchmark.table().title(),
			ThroughputBenchmark.table().title()),
			List.copyOf(sections.keySet()),
			written);
	}

	@Test
	void loadTime() {
		List<List<String>> t = section(LoadBenchmark.table());
		assertEquals(2, t.size());
		assertEquals(NAME, t.get(1).get(0));
		for (String c : List.of("first load ms", "second load ms", "parameters", "size MB"))
			assertTrue(number(t, 1, c) > 0, c);
	}

	@Test
	void windowTimesAgainstTeleaAndTargets() {
		List<List<String>> t = section(WindowBenchmark.table());
		assertEquals(List.of(NAME + ": propose (engine)", NAME + ": render with texture (engine, default)", NAME +
			": render without texture (engine)", NAME + ": TileModel.propose, 64 x 64 tile", NAME +
			": TileModel.render, 64 x 64 tile", NAME + ": content-aware fill (no labels, no guide)", NAME +
			": OpenCV Telea"), labels(t));
		for (int r = 1; r < t.size(); r++) {
			assertEquals(3, number(t, r, "runs"));
			double median = number(t, r, "median ms"), min = number(t, r, "min ms"), max = number(t, r, "max ms");
			assertTrue(0 <= min && min <= median && median <= max, t.get(r).toString());
			assertTrue(number(t, r, "IQR ms") >= 0 && number(t, r, "x Telea") > 0, t.get(r).toString());
		}
		assertEquals(100, number(t, 1, "target ms"));
		assertEquals(150, number(t, 2, "target ms"));
		for (int r = 1; r <= 2; r++)
			assertEquals(number(t, r, "median ms") <= number(t, r, "target ms") ? "PASS" : "FAIL", cell(t, r, "target met"));
		assertEquals("n/a", cell(t, 7, "target ms"));
		assertEquals("", cell(t, 7, "target met"));
		assertEquals("1.00", cell(t, 7, "x Telea"));
	}

	@Test
	void largeImagesOneWindowPerHoleAndMemoryVerdict() {
		List<List<String>> t = section(ImageBenchmark.table());
		assertEquals(List.of(NAME + ": 512 x 512 16-bit, 1 hole", NAME + ": 512 x 512 16-bit, 10 holes", NAME +
			": 2048 x 2048 16-bit, 1 hole", NAME + ": 2048 x 2048 16-bit, 10 holes"), labels(t));
		for (int r = 1; r < t.size(); r++) {
			String row = t.get(r).toString();
			assertEquals(number(t, r, "holes"), number(t, r, "windows"), row + ": every hole its own window");
			double total = number(t, r, "total ms");
			assertTrue(number(t, r, "propose ms") >= 0 && number(t, r, "render ms") >= 0 && total > 0, row);
			assertTrue(total >= number(t, r, "propose ms") + number(t, r, "render ms") - 2, row);
			double side = number(t, r, "side px");
			assertEquals(side * side * 2 / 1024 / 1024, number(t, r, "image MB"), 0.05, row);
			double heap = number(t, r, "heap beyond MB"), rss = number(t, r, "RSS beyond MB");
			assertTrue(heap >= 0 && number(t, r, "process RSS peak MB") > 0, row);
			assertEquals(Math.max(heap, rss) < 1536 ? "PASS" : "FAIL", cell(t, r, "beyond < 1.5 GB"), row);
		}
	}

	@Test
	void sizeAgainstHoles() {
		List<List<String>> t = section(ScalingCheck.table());
		assertEquals(List.of(NAME + ": 1 hole, 512 -> 2048 px", NAME + ": 10 holes, 512 -> 2048 px", NAME +
			": 512 px, 1 -> 10 holes", NAME + ": 2048 px, 1 -> 10 holes"), labels(t));
		List<List<String>> image = section(ImageBenchmark.table());
		// from and to are the large-image table's totals: 1 hole at 512 and 2048 px
		assertEquals(cell(image, 1, "total ms"), cell(t, 1, "from ms"));
		assertEquals(cell(image, 3, "total ms"), cell(t, 1, "to ms"));
		for (int r = 1; r <= 2; r++) {
			assertEquals(16, number(t, r, "x pixels"));
			assertEquals(number(t, r, "x time") <= 2 ? "PASS" : "FAIL", cell(t, r, "target met"), t.get(r).toString());
		}
		for (int r = 3; r <= 4; r++) {
			assertEquals(10, number(t, r, "x holes"));
			assertEquals("", cell(t, r, "target met"));
		}
	}

	@Test
	void aLongScratchIsCutIntoWindowsAndTimedAgainstTelea() {
		List<List<String>> t = section(ScratchBenchmark.table());
		assertEquals(List.of(NAME + ": 256 x 256"), labels(t));
		String row = t.get(1).toString();
		assertTrue(number(t, 1, "windows") >= 3, row + ": a 250-pixel scratch in 64-pixel windows");
		double total = number(t, 1, "total ms");
		assertTrue(total >= number(t, 1, "propose ms") + number(t, 1, "render ms") - 2, row);
		assertEquals(total / number(t, 1, "windows"), number(t, 1, "ms per window"), 1, row);
		assertTrue(number(t, 1, "Telea ms") > 0, row);
		assertEquals(number(t, 1, "ms per window") <= 450 ? "PASS" : "FAIL", cell(t, 1,
			"per window <= propose + render targets"), row);
	}

	@Test
	void trainingThroughputPerStage() {
		List<List<String>> t = section(TrainingBenchmark.table());
		assertEquals(List.of(NAME + ": segment", NAME + ": inpaint", NAME + ": decode"), labels(t));
		for (int r = 1; r < t.size(); r++) {
			assertTrue(number(t, r, "images/s") > 0 && number(t, r, "ms per step") > 0, t.get(r).toString());
			assertEquals(1, number(t, r, "steps timed"));
			assertEquals(2, number(t, r, "batch"));
			assertEquals(64, number(t, r, "tile"));
			assertEquals("n/a", cell(t, r, "card images/s"));
		}
	}

	@Test
	void batchThroughputOf4ImagesOnTheEngineThreads() {
		List<List<String>> t = section(ThroughputBenchmark.table());
		assertEquals(List.of(NAME + ": engine, texture (default)", NAME + ": engine, no texture", NAME +
			": OpenCV Telea"), labels(t));
		for (int r = 1; r < t.size(); r++) {
			assertEquals(4, number(t, r, "images"));
			assertEquals(r < 3 ? 2 : 1, number(t, r, "cores"), t.get(r).toString());
			assertTrue(number(t, r, "images/s per core") > 0, t.get(r).toString());
		}
	}

	@Test
	void childJvmReportsOneCase() throws Exception {
		ImageBenchmark.Outcome o = ImageBenchmark.fork(bundle, new ImageBenchmark.Case(256, 1), 1, 0, 1);
		assertEquals(1, o.windows());
		assertTrue(o.ms().total() > 0 && o.peak().processPeakMb() > 0 && o.peak().heapMb() >= 0, o.toString());
	}

	private static List<List<String>> section(BenchTable table) {
		List<List<String>> t = sections.get(table.title());
		assertTrue(t != null && t.size() > 1, "no rows under '" + table.title() + "' in\n" + written);
		return t;
	}

	private static List<String> labels(List<List<String>> table) {
		return table.subList(1, table.size()).stream().map(r -> r.get(0)).toList();
	}
}
