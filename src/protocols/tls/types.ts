// What a TLS ClientHello tells us about a connection before encryption starts.

export interface ClientHello {
  /** server_name (host_name entry), as sent. */
  sni?: string;
  /** application_layer_protocol_negotiation protocol names, in the client's order, GREASE removed. */
  alpn: string[];
  /** The hello's legacy_version (0x0303 for TLS 1.2 and 1.3 clients). */
  legacyVersion: number;
  /** supported_versions extension values (0x0304 = TLS 1.3), GREASE removed; empty when absent. */
  supportedVersions: number[];
}
