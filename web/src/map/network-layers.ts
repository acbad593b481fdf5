import { Layer, project32, type DefaultProps, type LayerContext, type UpdateParameters } from '@deck.gl/core';
import { Buffer, type Device } from '@luma.gl/core';
import { Model } from '@luma.gl/engine';
import type { ShaderModule } from '@luma.gl/shadertools';

/**
 * Deck.gl layers for drawing many thin lines and small dots cheaply: GL lines and points
 * from flat x, y arrays, one colour per layer, with the smallest shaders deck allows.
 *
 * Why not deck's LineLayer and ScatterplotLayer: they draw each line as a quad of two thin
 * triangles, which a software rasteriser (SwiftShader: Chromium without a GPU, as in headless
 * tests and on many servers and virtual desktops) handles badly. On the full network, 24,000
 * ties as quads took about 600 ms a frame on a two-core machine; as GL lines, 55 ms. Their
 * shaders are also several times larger, and each shader costs a JIT compile in software.
 */

type Rgba = readonly [number, number, number, number];

type StyleProps = {
  color: [number, number, number, number];
  pointScale: number;
};

const styleBlock = /* glsl */ `\
layout(std140) uniform networkStyleUniforms {
  vec4 color;
  float pointScale;
} networkStyle;
`;

const networkStyle = {
  name: 'networkStyle',
  vs: styleBlock,
  fs: styleBlock,
  uniformTypes: { color: 'vec4<f32>', pointScale: 'f32' },
} as const satisfies ShaderModule<StyleProps>;

const vertexShader = (points: boolean) => /* glsl */ `\
#version 300 es
#define SHADER_NAME network-${points ? 'points' : 'lines'}-vertex
in vec2 positions;
${points ? 'in float sizes;' : ''}
void main(void) {
  gl_Position = project_position_to_clipspace(vec3(positions, 0.0), vec3(0.0), vec3(0.0));
  ${points ? 'gl_PointSize = sizes * networkStyle.pointScale;' : ''}
}
`;

const fragmentShader = (points: boolean) => /* glsl */ `\
#version 300 es
#define SHADER_NAME network-${points ? 'points' : 'lines'}-fragment
precision highp float;
out vec4 fragColor;
void main(void) {
  ${points ? 'vec2 c = gl_PointCoord - 0.5; if (dot(c, c) > 0.25) discard;' : ''}
  fragColor = networkStyle.color;
}
`;

export interface NetworkGeometryProps {
  /** 'lines': each two vertices a line; 'points': each vertex a dot. */
  mode: 'lines' | 'points';
  /** x, y per vertex in the view's coordinates. */
  positions: Float32Array;
  /** Diameter in CSS pixels per vertex (points only). */
  sizes: Float32Array | null;
  /** 0–255 each. */
  color: Rgba;
}

const defaultProps: DefaultProps<NetworkGeometryProps> = {
  mode: 'lines',
  positions: { type: 'object', value: new Float32Array(0), compare: false },
  sizes: { type: 'object', value: null, compare: false },
  color: { type: 'color', value: [0, 0, 0, 255] },
};

export class NetworkGeometryLayer extends Layer<NetworkGeometryProps> {
  static override layerName = 'NetworkGeometryLayer';
  static override defaultProps = defaultProps;
  declare state: { model?: Model; buffers: Buffer[] };

  override getShaders() {
    const points = this.props.mode === 'points';
    return super.getShaders({ vs: vertexShader(points), fs: fragmentShader(points), modules: [project32, networkStyle] });
  }

  override initializeState(): void {
    const device: Device = this.context.device;
    const points = this.props.mode === 'points';
    const model = new Model(device, {
      ...this.getShaders(),
      id: this.props.id,
      topology: points ? 'point-list' : 'line-list',
      bufferLayout: [{ name: 'positions', format: 'float32x2' }, ...(points ? [{ name: 'sizes', format: 'float32' as const }] : [])],
      vertexCount: 0,
    });
    this.setState({ model, buffers: [] });
  }

  override updateState(params: UpdateParameters<this>): void {
    super.updateState(params);
    const { props, oldProps } = params;
    if (props.positions === oldProps.positions && props.sizes === oldProps.sizes && this.state.buffers.length) return;
    const device: Device = this.context.device;
    for (const b of this.state.buffers) b.destroy();
    const buffers = [device.createBuffer({ usage: Buffer.VERTEX, data: props.positions.length ? props.positions : new Float32Array(2) })];
    const attributes: Record<string, Buffer> = { positions: buffers[0]! };
    if (props.mode === 'points') {
      buffers.push(device.createBuffer({ usage: Buffer.VERTEX, data: props.sizes?.length ? props.sizes : new Float32Array(1) }));
      attributes.sizes = buffers[1]!;
    }
    this.state.model!.setAttributes(attributes);
    this.state.model!.setVertexCount(props.positions.length / 2);
    this.setState({ buffers });
  }

  override draw(): void {
    const model = this.state.model;
    if (!model || this.props.positions.length === 0) return;
    const [r, g, b, a] = this.props.color;
    const style: StyleProps = {
      color: [r / 255, g / 255, b / 255, (a ?? 255) / 255],
      pointScale: this.context.device.canvasContext?.cssToDeviceRatio() ?? 1,
    };
    model.shaderInputs.setProps({ networkStyle: style });
    model.draw(this.context.renderPass);
  }

  override finalizeState(context: LayerContext): void {
    super.finalizeState(context);
    for (const b of this.state.buffers) b.destroy();
    this.state.model?.destroy();
  }
}
