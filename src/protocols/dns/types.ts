// DNS messages as seen on UDP port 53, reduced to what a report needs.

export interface DnsQuestion {
  /** As in the packet, without the trailing dot. */
  name: string;
  /** Record type name (A, AAAA, HTTPS shows as UNKNOWN_65). */
  type: string;
}

export interface DnsAnswer {
  name: string;
  type: string;
  /** A/AAAA: the address; CNAME/NS/PTR: the target name; others: a readable rendering of the data. */
  data: string;
}

export interface DnsMessage {
  id: number;
  isResponse: boolean;
  /** NOERROR, NXDOMAIN, SERVFAIL, ... */
  rcode: string;
  questions: DnsQuestion[];
  answers: DnsAnswer[];
}

/** A message with when it was seen and whatever the caller needs to keep with it (pid, socket...). */
export interface TimedDnsMessage {
  message: DnsMessage;
  /** ns */
  ts: number;
}

export interface DnsExchange<T extends TimedDnsMessage> {
  query: T;
  /** Absent when no response came within the time bound. */
  response?: T;
}

export interface DnsStitchError<T extends TimedDnsMessage> {
  message: T;
  reason: string;
}
