/** The book's service classes (conceptual phase). Ids are fixed: documents and links store them. */
export const SERVICE_IDS = [
  'compute',
  'image',
  'network',
  'identity',
  'dashboard',
  'blockStorage',
  'objectStorage',
  'fileShare',
  'telemetry',
  'orchestration',
] as const;

export type ServiceId = (typeof SERVICE_IDS)[number];

export type ServiceClass = {
  id: ServiceId;
  className: string;
  projects: string;
  role: string;
  /** A cloud without it is not an OpenStack cloud: the wizard will not let it go. */
  required: boolean;
};

export const SERVICE_CLASSES: readonly ServiceClass[] = [
  {
    id: 'compute',
    className: 'Compute',
    projects: 'Nova',
    role: 'Runs instances: schedules and manages the life cycle of virtual machines.',
    required: true,
  },
  {
    id: 'image',
    className: 'Image',
    projects: 'Glance',
    role: 'Stores and serves virtual machine images.',
    required: true,
  },
  {
    id: 'network',
    className: 'Network',
    projects: 'Neutron',
    role: 'Network connectivity as a service: networks, subnets, routers, floating IPs.',
    required: true,
  },
  {
    id: 'identity',
    className: 'Identity',
    projects: 'Keystone',
    role: 'Authentication, authorization and the service catalog.',
    required: true,
  },
  {
    id: 'dashboard',
    className: 'Dashboard',
    projects: 'Horizon',
    role: 'Graphical user interface for users and operators.',
    required: false,
  },
  {
    id: 'blockStorage',
    className: 'Block storage',
    projects: 'Cinder',
    role: 'Persistent volumes attached to instances.',
    required: false,
  },
  {
    id: 'objectStorage',
    className: 'Object storage',
    projects: 'Swift',
    role: 'Objects over HTTP, replicated across zones.',
    required: false,
  },
  {
    id: 'fileShare',
    className: 'File share',
    projects: 'Manila',
    role: 'Scale-out shared file systems.',
    required: false,
  },
  {
    id: 'telemetry',
    className: 'Telemetry',
    projects: 'Ceilometer, Aodh, Gnocchi',
    role: 'Measurements, metrics and alarms.',
    required: false,
  },
  {
    id: 'orchestration',
    className: 'Orchestration',
    projects: 'Heat',
    role: 'Stacks of resources created from templates.',
    required: false,
  },
];

export const REQUIRED_SERVICES: readonly ServiceId[] = SERVICE_CLASSES.filter(
  (s) => s.required,
).map((s) => s.id);
