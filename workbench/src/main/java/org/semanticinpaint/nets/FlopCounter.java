package org.semanticinpaint.nets;

import java.util.Iterator;

import org.tensorflow.Graph;
import org.tensorflow.GraphOperation;
import org.tensorflow.ndarray.Shape;

/**
 * Multiply-add work of a graph built with fully known shapes (batch 1): 2 FLOPs per multiply-add of every
 * Conv2D and MatMul. Element-wise ops are left out; they are a few percent of these networks.
 */
public final class FlopCounter {

	private FlopCounter() {}

	public static long count(Graph g) {
		long flops = 0;
		for (Iterator<GraphOperation> it = g.operations(); it.hasNext();) {
			GraphOperation op = it.next();
			switch (op.type()) {
				case "Conv2D" -> {
					Shape out = op.output(0).shape(), filter = op.input(1).shape();
					flops += 2 * size(out) * filter.get(0) * filter.get(1) * filter.get(2);
				}
				case "MatMul" -> {
					Shape out = op.output(0).shape(), a = op.input(0).shape();
					boolean ta = op.attributes().getAttrBool("transpose_a");
					flops += 2 * size(out) * (ta ? a.get(0) : a.get(1));
				}
				default -> {}
			}
		}
		return flops;
	}

	private static long size(Shape s) {
		long n = 1;
		for (int i = 0; i < s.numDimensions(); i++) {
			if (s.get(i) < 0) throw new IllegalStateException("unknown dimension in " + s + ": build with batch 1");
			n *= s.get(i);
		}
		return n;
	}
}
