package org.semanticinpaint.nets;

import org.semanticinpaint.bundle.NetSignatures;
import java.util.Map;

import org.tensorflow.Operand;
import org.tensorflow.Signature;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/** One network built into a graph: its parameters, named inputs and outputs, and the serving signature. */
public record BuiltNet(NetScope scope, Map<String, Placeholder<TFloat32>> inputs, Map<String, Operand<TFloat32>> outputs) {

	public Placeholder<TFloat32> input(String name) {
		return inputs.get(name);
	}

	public Operand<TFloat32> output(String name) {
		return outputs.get(name);
	}

	public Signature signature() {
		Signature.Builder b = Signature.builder().key(NetSignatures.KEY);
		inputs.forEach(b::input);
		outputs.forEach(b::output);
		return b.build();
	}
}
