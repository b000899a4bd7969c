package org.semanticinpaint.eval.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import net.imglib2.Interval;
import net.imglib2.img.array.ArrayImgs;

import org.junit.jupiter.api.Test;

class ImageBenchmarkTest {

	/** Both heap and RSS growth must stay under 1.5 GB; RSS is left out only where it is unknown. */
	@Test
	void memoryVerdict() {
		assertEquals("PASS", ImageBenchmark.verdict(new PeakMemory.Peak(1000, 1535, 3000)));
		assertEquals("FAIL", ImageBenchmark.verdict(new PeakMemory.Peak(1000, 1536, 3000)));
		assertEquals("FAIL", ImageBenchmark.verdict(new PeakMemory.Peak(1600, 100, 3000)));
		assertEquals("PASS", ImageBenchmark.verdict(new PeakMemory.Peak(1000, Double.NaN, Double.NaN)));
		assertEquals("FAIL", ImageBenchmark.verdict(new PeakMemory.Peak(2000, Double.NaN, Double.NaN)));
		assertEquals("n/a", ImageBenchmark.verdict(new PeakMemory.Peak(Double.NaN, Double.NaN, Double.NaN)));
	}

	/** The mask handed to the engine is the holes' bounding box in image coordinates, as a selection gives. */
	@Test
	void maskIsTheHolesBoundingBox() {
		byte[] m = new byte[10 * 8];
		m[2 * 10 + 3] = 1;
		m[5 * 10 + 7] = 1;
		m[4 * 10 + 1] = 1;
		Interval box = ImageBenchmark.boundingBox(ArrayImgs.unsignedBytes(m, 10, 8));
		assertArrayEquals(new long[] { 1, 2 }, box.minAsLongArray());
		assertArrayEquals(new long[] { 7, 5 }, box.maxAsLongArray());
		assertThrows(IllegalArgumentException.class, () -> ImageBenchmark.boundingBox(ArrayImgs.unsignedBytes(4, 4)));
	}
}
