package org.semanticinpaint.engine.texture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HoleDistanceTest {

	@Test
	void countsRingsFromTheBorder() {
		boolean[] m = new boolean[25];
		java.util.Arrays.fill(m, true);
		int[] d = HoleDistance.chessboard(m, 5, 5);
		assertEquals(1, d[0]);
		assertEquals(2, d[6]);
		assertEquals(3, d[12]);
		assertEquals(6, HoleDistance.thickness(m, 5, 5));
	}
}
