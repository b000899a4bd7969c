package org.semanticinpaint.train;

import java.util.function.Function;

import org.semanticinpaint.bundle.TfConfig;
import org.semanticinpaint.nets.BuiltNet;
import org.semanticinpaint.nets.Weights;
import org.tensorflow.Graph;
import org.tensorflow.Session;
import org.tensorflow.op.Ops;

/** Seeded initial weights of a network, for networks not trained yet (a bundle always holds all three). */
public final class InitialWeights {

	private InitialWeights() {}

	public static Weights of(Function<Ops, BuiltNet> builder) {
		try (Graph g = new Graph(); Session s = new Session(g, TfConfig.session(0))) {
			BuiltNet net = builder.apply(Ops.create(g));
			s.initialize();
			return StageTrainer.read(s, net.scope());
		}
	}
}
