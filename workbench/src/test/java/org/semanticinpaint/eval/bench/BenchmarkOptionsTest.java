package org.semanticinpaint.eval.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkOptionsTest {

	@Test
	void fullRunDefaults() {
		BenchmarkOptions o = BenchmarkOptions.parse(new String[] { "b" });
		assertEquals(List.of(Path.of("b")), o.bundles());
		assertEquals(List.of(2048, 8192), o.workload().images().sizes());
		assertEquals(List.of(1, 10), o.workload().images().holes());
		assertEquals(15, o.workload().window().runs());
		assertEquals(8, o.workload().training().batch());
		assertEquals(24, o.workload().throughputImages());
		assertEquals(3, o.workload().images().runs());
		assertEquals(1, o.workload().images().warmup());
		assertTrue(o.workload().images().fork());
		assertEquals(Set.copyOf(BenchmarkOptions.PARTS), o.parts());
		assertNull(o.out());
	}

	@Test
	void quickShrinksAndExplicitOptionsWin() {
		BenchmarkOptions o = BenchmarkOptions.parse(new String[] { "--runs", "5", "b", "--quick", "--out", "x/r.md",
			"--parts", "window,load", "--image-warmup", "2" });
		assertEquals(5, o.workload().window().runs());
		assertEquals(List.of(512, 2048), o.workload().images().sizes());
		assertEquals(2, o.workload().training().batch());
		assertEquals(4, o.workload().throughputImages());
		assertEquals(7, BenchmarkOptions.parse(new String[] { "b", "--quick", "--throughput-images", "7" })
			.workload().throughputImages());
		assertEquals(2, o.workload().images().warmup());
		assertEquals(0, BenchmarkOptions.parse(new String[] { "b", "--quick" }).workload().images().warmup());
		assertFalse(o.workload().images().fork());
		assertEquals(Path.of("x/r.md"), o.out());
		assertEquals(Set.of("window", "load"), o.parts());
	}

	@Test
	void badOptionsAreRefused() {
		assertThrows(IllegalArgumentException.class, () -> BenchmarkOptions.parse(new String[] { "--fast" }));
		assertThrows(IllegalArgumentException.class, () -> BenchmarkOptions.parse(new String[] { "b", "--runs", "0" }));
		assertThrows(IllegalArgumentException.class, () -> BenchmarkOptions.parse(new String[] { "b", "--runs" }));
		assertThrows(IllegalArgumentException.class, () -> BenchmarkOptions.parse(new String[] { "--image-warmup", "-1" }));
		assertThrows(IllegalArgumentException.class, () -> BenchmarkOptions.parse(new String[] { "b", "--parts", "gpu" }));
		assertThrows(IllegalArgumentException.class, () -> BenchmarkOptions.parse(new String[] { "b",
			"--throughput-images", "0" }));
	}

	@Test
	void shippedBundlesPresentAreTakenMissingOnesNoted(@TempDir Path models) throws Exception {
		for (String name : List.of("street-scenes", "em-nanoparticles", "not-shipped")) {
			Files.createDirectories(models.resolve(name));
			Files.writeString(models.resolve(name).resolve("model.json"), "{}");
		}
		Files.createDirectories(models.resolve("fluorescent-nuclei"));
		List<String> skipped = new ArrayList<>();
		assertEquals(List.of(models.resolve("em-nanoparticles"), models.resolve("street-scenes")),
			BenchmarkOptions.shippedBundles(models, skipped));
		assertEquals(2, skipped.size());
		assertTrue(skipped.get(0).startsWith("Skipped fluorescent-nuclei: no "), skipped.get(0));
		assertTrue(skipped.get(1).startsWith("Skipped phase-contrast-cells: no "), skipped.get(1));
	}
}
