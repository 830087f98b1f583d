import { Global, Module } from '@nestjs/common';
import { DomainEvents } from './events';
import { NodeRegistry } from './node';

@Global()
@Module({ providers: [NodeRegistry, DomainEvents], exports: [NodeRegistry, DomainEvents] })
export class CoreModule {}
