package org.semanticinpaint.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several unpackers at once (two Fiji windows, a job array's first tasks): all get the bundle, nothing is left over. */
class ShippedBundlesUnpackTest {

	@TempDir
	Path tmp;

	@Test
	void concurrentUnpackersAllSucceedAndLeaveNoPartialFolder() throws Exception {
		Path target = tmp.resolve("models").resolve("em-nanoparticles-1");
		int n = 4;
		CyclicBarrier start = new CyclicBarrier(n);
		ExecutorService pool = Executors.newFixedThreadPool(n);
		try {
			List<Future<Path>> got = new ArrayList<>();
			for (int i = 0; i < n; i++) got.add(pool.submit(() -> {
				start.await();
				return ShippedBundles.unpack("/models/em-nanoparticles/", target);
			}));
			for (Future<Path> f : got) assertEquals(target, f.get());
		}
		finally {
			pool.shutdown();
		}
		assertTrue(Files.isRegularFile(target.resolve(ModelCard.FILE)));
		try (Stream<Path> s = Files.list(target.getParent())) {
			assertEquals(List.of(target), s.toList(), "no .partial folder is left");
		}
	}
}
