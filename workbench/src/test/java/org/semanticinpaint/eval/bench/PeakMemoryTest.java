package org.semanticinpaint.eval.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * 200 MB allocated between start and stop: on the heap it shows in the heap figure; off the heap (fresh pages,
 * which a heap array need not be once the JVM has touched its heap before) in the resident-set figure.
 */
class PeakMemoryTest {

	static long sink;

	@Test
	void seesAHeapArray() {
		PeakMemory m = PeakMemory.start();
		byte[] big = new byte[200 << 20];
		for (int i = 0; i < big.length; i += 4096) big[i] = (byte) i;
		sink += big[4096];
		PeakMemory.Peak p = m.stop();
		assertTrue(p.heapMb() >= 199, p.toString());
	}

	@Test
	void seesNativeMemoryInTheResidentSet() {
		assumeTrue(Files.isRegularFile(Path.of("/proc/self/clear_refs")), "Linux only");
		PeakMemory m = PeakMemory.start();
		ByteBuffer big = ByteBuffer.allocateDirect(200 << 20);
		for (int i = 0; i < big.capacity(); i += 4096) big.put(i, (byte) 1);
		sink += big.get(4096);
		PeakMemory.Peak p = m.stop();
		assertTrue(p.rssMb() >= 190 && p.processPeakMb() >= p.rssMb(), p.toString());
		assertTrue(p.heapMb() < 50, p.toString());
	}

	@Test
	void maxPerFieldIgnoringNaN() {
		PeakMemory.Peak a = new PeakMemory.Peak(10, Double.NaN, 300), b = new PeakMemory.Peak(20, 5, 100);
		assertEquals(new PeakMemory.Peak(20, 5, 300), a.max(b));
		assertEquals(new PeakMemory.Peak(20, 5, 300), b.max(a));
		assertEquals(a, a.max(null));
	}
}
