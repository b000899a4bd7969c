package org.semanticinpaint.data.masks;

/** The bounding box of the hole in a square crop, corners inclusive. */
public record HoleBounds(int minX, int minY, int maxX, int maxY) {

	/** @return the box of {@code hole} (side x side, row-major), or null when no pixel is missing */
	public static HoleBounds of(boolean[] hole, int side) {
		int minX = side, minY = side, maxX = -1, maxY = -1;
		for (int i = 0; i < hole.length; i++)
			if (hole[i]) {
				minX = Math.min(minX, i % side); maxX = Math.max(maxX, i % side);
				minY = Math.min(minY, i / side); maxY = Math.max(maxY, i / side);
			}
		return maxX < 0 ? null : new HoleBounds(minX, minY, maxX, maxY);
	}

	public int width() {
		return maxX - minX + 1;
	}

	public int height() {
		return maxY - minY + 1;
	}
}
